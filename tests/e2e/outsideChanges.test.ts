import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../core/schema/plan';
import { makeFolderReadOnly, makeFolderWritable } from '../support/readOnlyFolder';
import { type RunningApp, SAVED_TEXT, startApp } from './support/app';
import { seriousAxeViolations } from './support/axe';
import { findPlanFiles } from './support/planFiles';

let app: RunningApp;
let folder: string | null = null;

beforeEach(async () => {
  app = await startApp();
});

afterEach(async () => {
  if (folder) await makeFolderWritable(folder).catch(() => undefined);
  folder = null;
  await app?.close();
});

const planOn = async (path: string): Promise<{ save?: unknown; plan: Plan; [key: string]: unknown }> =>
  JSON.parse(await readFile(path, 'utf8'));

describe('a plan changed outside Planhjulet while it is open', () => {
  it('loads a colleague’s version and says so, reports a save that fails, and loses no edit', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('textbox', { name: 'Kommune' }).fill('Fjordvik');
    await page.getByRole('button', { name: 'Opprett plan' }).click();
    await page.getByRole('link', { name: 'Skriv planen' }).waitFor();
    const [path] = await findPlanFiles(app.dataDir);
    if (!path) throw new Error('no plan file');

    // A sync client puts a colleague's version in place: the first focus area has a new title.
    const file = await planOn(path);
    const renamed = { ...file.plan.focusAreas[0]!, title: 'Kollegaens satsingsområde' };
    const theirs = {
      ...file,
      plan: { ...file.plan, focusAreas: [renamed, ...file.plan.focusAreas.slice(1)] },
    };
    await writeFile(`${path}.sync`, JSON.stringify(theirs, null, 2));
    await rename(`${path}.sync`, path);

    // The page asks the backend now and then; the new version appears with a notice.
    const notice = page
      .locator('.ph-document-notices')
      .getByText(/ble endret utenfor Planhjulet \(av en kollega eller et synkroniseringsprogram\)/);
    await notice.waitFor({ timeout: 15_000 });
    await page.getByText('Kollegaens satsingsområde').first().waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await app.screenshot('outside-change-loaded');
    await page.getByRole('button', { name: 'Lukk meldingen' }).first().click();
    await notice.waitFor({ state: 'hidden' });

    // The folder turns read-only (a share whose rights changed): the next save fails, and the page says why.
    folder = dirname(path);
    await makeFolderReadOnly(folder);
    await page.getByRole('link', { name: 'Skriv planen' }).click();
    const title = page.getByRole('textbox', { name: 'Tittel på planen' });
    await title.fill('Skrevet mens disken var stengt');
    await title.press('Tab');
    await page
      .getByRole('status')
      .filter({ hasText: /^Ikke lagret$/ })
      .waitFor({ timeout: 15_000 });
    const why = page.getByText(/Planhjulet fikk ikke lagret planen i .* \(du har ikke skrivetilgang\)/);
    await why.waitFor();
    await app.screenshot('outside-change-save-failed');
    expect((await planOn(path)).plan.title).not.toBe('Skrevet mens disken var stengt');

    // Rights back: «Prøv igjen» writes the edit, with the colleague's change kept.
    await makeFolderWritable(folder);
    await page.getByRole('button', { name: 'Prøv å lagre igjen' }).click();
    await page.getByRole('status').filter({ hasText: SAVED_TEXT }).waitFor({ timeout: 15_000 });
    const saved = (await planOn(path)).plan;
    expect(saved.title).toBe('Skrevet mens disken var stengt');
    expect(saved.focusAreas.map((f) => f.title)).toContain('Kollegaens satsingsområde');
  }, 120_000);
});
