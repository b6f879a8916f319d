import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import type { Plan } from '../../core/schema/plan';
import { plansDir } from '../../electron/store/paths';
import { realisticPlan } from '../support/realisticPlan';
import { makeDataDir, type RunningApp, startApp } from './support/app';
import { seriousAxeViolations } from './support/axe';

const SHOTS = '/tmp/shots-privacy';
const FILE_NAME = 'fjordvik.planhjul.json';
// Made for the test (a real date, right control digits), no one's number.
const FNR = '15039012488';

function planWithCaseData(): Plan {
  const plan = realisticPlan();
  return {
    ...plan,
    title: 'Plan med saksopplysninger',
    measures: plan.measures.map((m, i) => {
      if (i === 0) return { ...m, description: `Som for gutten med fnr ${FNR}, ring mor på 912 34 567.` };
      if (i === 1) return { ...m, title: `${m.title}, tlf 41234567` };
      return m;
    }),
  };
}

let app: RunningApp;

beforeEach(async () => {
  const dataDir = await makeDataDir();
  await mkdir(plansDir(dataDir), { recursive: true });
  await writeFile(join(plansDir(dataDir), FILE_NAME), JSON.stringify(wrapPlanFile(planWithCaseData())));
  app = await startApp({ dataDir });
  await mkdir(SHOTS, { recursive: true });
});

afterEach(async () => {
  await app?.close();
  await rm(app.dataDir, { recursive: true, force: true });
});

describe('files made from a plan with case data', () => {
  it('the Word export warns, naming where and masking the numbers, and still downloads', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('button', { name: `Åpne ${FILE_NAME}` }).click();
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Dokumenter' })
      .click();
    await page.getByRole('button', { name: 'Lag planen som Word-dokument' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lag Word-dokument' });
    await dialog.getByRole('heading', { name: 'Planen ser ut til å inneholde personopplysninger' }).waitFor();
    const alert = await dialog.locator('.ph-privacy-alert').innerText();
    expect(alert).toMatch(
      /Tiltak 1\.1 «.+», beskrivelse: ser ut til å inneholde et fødselsnummer.*\(15\*{9}\)/,
    );
    expect(alert).toMatch(/telefonnummer \(\*{3} \*\* \*67\)/);
    expect(alert).not.toContain(FNR);
    expect(alert).not.toContain('912 34 567');
    await page.waitForFunction(() => document.getAnimations().length === 0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'export-dialog-warning.png') });

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Last ned Word-dokument' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
  });

  it('the status round warns before forms go out, about what the forms carry', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('button', { name: `Åpne ${FILE_NAME}` }).click();
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Statusrunde', exact: true })
      .click();
    const alert = page.locator('.ph-privacy-alert');
    await alert.getByText(/tittel: ser ut til å inneholde et telefonnummer \(\*{6}67\)/).waitFor();
    const text = await alert.innerText();
    expect(text).toContain('Statusskjemaene tar med tiltakenes titler');
    // The description is not in the forms, so its national id is not named here.
    expect(text).not.toContain('fødselsnummer');
    expect(text).not.toContain('41234567');
    await alert.screenshot({ path: join(SHOTS, 'status-forms-warning.png') });
  });

  it('a plan package asks first, and goes on when the user says so', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Planbibliotek' }).click();
    await page.getByRole('table').waitFor();
    await page.getByRole('button', { name: 'Send som pakke: Plan med saksopplysninger' }).click();
    const dialog = page.getByRole('dialog', { name: 'Eksportere planpakken?' });
    await dialog.getByText(/fødselsnummer eller D-nummer \(15\*{9}\)/).waitFor();
    await page.screenshot({ path: join(SHOTS, 'package-warning.png') });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Eksporter likevel' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.planhjulpakke\.json$/);
    await dialog.waitFor({ state: 'hidden' });
  });

  it('the annual wheel warns beside its downloads, about the titles the picture and the calendar carry', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('button', { name: `Åpne ${FILE_NAME}` }).click();
    await page.getByRole('link', { name: 'Årshjul', exact: true }).click();
    const exports = page.locator('.ph-wheel-exports');
    const alert = exports.locator('.ph-privacy-alert');
    await alert.getByText(/tittel: ser ut til å inneholde et telefonnummer \(\*{6}67\)/).waitFor();
    const text = await alert.innerText();
    expect(text).toContain('Årshjulet og kalenderfilen tar med hendelsene i hjulet og tiltakenes titler');
    expect(text).not.toContain('fødselsnummer');
    expect(text).not.toContain('41234567');
    await page.waitForFunction(() => document.getAnimations().length === 0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await exports.screenshot({ path: join(SHOTS, 'wheel-exports-warning.png') });
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      exports.getByRole('button', { name: /kalender/i }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
  });
});
