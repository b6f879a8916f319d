import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanFile } from '../../core/schema/planFile';
import { measureId, nationalStylePlan } from '../support/nationalStylePlan';
import { readWord } from '../support/wordDocument';
import { SAVED_TEXT } from './support/app';
import { seriousAxeViolations } from './support/axe';
import { closeOpenedPlans, goToPage, openPlanFile } from './support/openPlanFile';
import { findPlanFiles } from './support/planFiles';

const SHOTS = '/tmp/shots-evaluation';
const PLAN_TITLE = 'Handlingsplan mot vold i nære relasjoner 2026–2029';
const NEXT_TITLE = 'Handlingsplan mot vold i nære relasjoner 2030–2033';

let dataDir: string | undefined;

afterEach(closeOpenedPlans);

async function openExample(): Promise<Page> {
  await mkdir(SHOTS, { recursive: true });
  let page: Page;
  ({ page, dataDir } = await openPlanFile(nationalStylePlan({ endOfPlan: true }), 'fjordvik', PLAN_TITLE));
  page.setDefaultTimeout(20_000);
  return page;
}

async function waitUntilSaved(page: Page) {
  await page.getByRole('status').filter({ hasText: SAVED_TEXT }).waitFor();
}

describe('evaluation in the browser', () => {
  it('evaluates the national-style plan, exports the report and revises from it', async () => {
    const page = await openExample();
    await goToPage(page, 'Evaluering', 'Evaluering av planen');
    await page.getByRole('heading', { level: 2, name: 'Planen har ingen evaluering ennå' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Prefilled from the status history, with the keyboard.
    const create = page.getByRole('button', { name: 'Lag sluttevaluering' });
    await create.focus();
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { level: 2, name: /^Sluttevaluering, statushistorikk til og med/ })
      .waitFor();
    const late = page.locator(`[data-measure="${measureId(1)}"]`);
    await late.getByText('Forsinket eller i risiko i 3 perioder').waitFor();
    await late.getByText(/Trenger vedtak om ordinær finansiering av stillingen fra 2028\./).waitFor();

    // The group changes its mind on 1.2: change instead of continue; on 1.6: into ordinary operation.
    await late.getByRole('combobox', { name: /^Anbefaling 1\.2/ }).selectOption({ label: 'Endres' });
    const why = late.getByRole('textbox', { name: /^Hvorfor 1\.2/ });
    await why.fill('Boligtilbudet organiseres sammen med NAV.');
    await why.press('Tab');
    await page
      .locator(`[data-measure="${measureId(5)}"]`)
      .getByRole('combobox', { name: /^Anbefaling 1\.6/ })
      .selectOption({ label: 'Over i ordinær drift' });
    await page
      .getByRole('combobox', { name: 'Samlet anbefaling' })
      .selectOption({ label: 'Revidere planen' });
    await page.getByRole('combobox', { name: 'Kilde' }).selectOption({ label: 'Eldrerådet' });
    await page.getByRole('textbox', { name: 'Tilbakemelding' }).fill('Vold mot eldre må få mer plass.');
    await page.getByRole('button', { name: 'Legg til tilbakemelding' }).click();
    await page.getByText('Vold mot eldre må få mer plass.').waitFor();
    await waitUntilSaved(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'evaluation-end.png'), fullPage: false });
    await late.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'evaluation-measure.png'), fullPage: false });

    // The report, downloaded and read back.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lag evalueringsrapporten (Word)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^Sluttevaluering.*\.docx$/);
    const reportPath = join(dataDir as string, 'evaluering.docx');
    await download.saveAs(reportPath);
    const report = await readWord(await readFile(reportPath));
    expect(report.headings.map((h) => h.text)).toContain('Dette er ikke gjort, og hvorfor');
    expect(report.text).toContain('Revidere planen.');
    expect(report.text).toContain('Vold mot eldre må få mer plass.');

    // Revise from the evaluation: exactly the measures marked continue or change are carried.
    const saved = PlanFile.parse(
      JSON.parse(await readFile((await findPlanFiles(dataDir as string))[0] as string, 'utf8')),
    );
    const evaluation = saved.plan.evaluations?.at(-1);
    const carried = (evaluation?.measures ?? [])
      .filter((m) => m.recommendation === 'continue' || m.recommendation === 'change')
      .map((m) => m.measureId);
    expect(carried).toContain(measureId(1));
    expect(carried).not.toContain(measureId(5));
    await goToPage(page, 'Rullering', 'Rullering av planen');
    await page.getByRole('switch', { name: /^Viderefør det sluttevalueringen anbefaler/ }).waitFor();
    await page
      .getByRole('heading', { level: 3, name: `Videreføres i ny plan (${carried.length})` })
      .waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Rullér planen' }).click();
    await page.getByRole('heading', { level: 1, name: NEXT_TITLE }).waitFor();

    const plans = await Promise.all(
      (await findPlanFiles(dataDir as string)).map(
        async (path) => PlanFile.parse(JSON.parse(await readFile(path, 'utf8'))).plan,
      ),
    );
    const next = plans.find((p) => p.title === NEXT_TITLE);
    expect(next?.measures.map((m) => m.carriedFrom?.measureId)).toEqual(carried);
    const changed = next?.measures.find((m) => m.carriedFrom?.measureId === measureId(1));
    expect(changed?.carriedFrom).toMatchObject({
      recommendation: 'change',
      why: 'Boligtilbudet organiseres sammen med NAV.',
    });
  });
});
