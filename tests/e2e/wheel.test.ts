import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './support/app';
import { seriousAxeViolations } from './support/axe';
import { findPlanFiles } from './support/planFiles';

const SHOTS = '/tmp/shots-wheel';
/** Chromium warns that a <meta> CSP cannot set frame-ancestors; the server sends it as a header too. */
const KNOWN_CONSOLE_NOISE = /frame-ancestors/;

let app: RunningApp;

beforeEach(async () => {
  app = await startApp();
  await mkdir(SHOTS, { recursive: true });
});

afterEach(async () => {
  await app?.close();
});

async function shot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

async function createPlan(page: Page) {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Kommune' }).fill('Eksempel kommune');
  await page.getByRole('textbox', { name: 'Første år' }).fill('2026');
  await page.getByRole('textbox', { name: 'Siste år' }).fill('2029');
  await page.getByRole('button', { name: 'Opprett plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Handlingsplan mot vold i nære relasjoner' }).waitFor();
}

async function openWheel(page: Page) {
  await page.getByRole('link', { name: 'Årshjul', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /^Årshjul \d{4}$/ }).waitFor();
}

const wheel = (page: Page) => page.getByRole('group', { name: /^Årshjul for \d{4}$/ });
const items = (page: Page) => wheel(page).getByRole('button');
const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

describe('annual wheel', () => {
  it('shows the default wheel of each plan year, adds an event seen on the wheel and in the agenda, and is keyboard operable', async () => {
    const { page } = app;
    await createPlan(page);
    await openWheel(page);
    // Today (the test machine's date) decides the year shown first; go to 2026 to be sure.
    await page.getByRole('combobox', { name: 'Vis år' }).selectOption('2026');
    await page.getByRole('heading', { level: 1, name: 'Årshjul 2026' }).waitFor();
    expect(await items(page).count()).toBeGreaterThanOrEqual(20);
    await page.getByRole('heading', { level: 2, name: 'Neste 60 dager' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Hendelser måned for måned' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    for (const year of [2026, 2027, 2028, 2029]) {
      await page.getByRole('combobox', { name: 'Vis år' }).selectOption(String(year));
      await page.getByRole('heading', { level: 1, name: `Årshjul ${year}` }).waitFor();
      await page.locator('.ph-wheel-figure').screenshot({ path: join(SHOTS, `wheel-${year}.png`) });
    }
    await page.getByRole('button', { name: 'Forrige år' }).click();
    await page.getByRole('heading', { level: 1, name: 'Årshjul 2028' }).waitFor();
    expect(await page.getByRole('button', { name: 'Neste år' }).isEnabled()).toBe(true);
    await page.getByRole('combobox', { name: 'Vis år' }).selectOption('2027');
    await shot(page, 'page-2027');

    // Add a one-off event in 2027.
    await page.getByRole('button', { name: 'Legg til hendelse' }).click();
    const form = page.getByRole('dialog', { name: 'Ny hendelse i årshjulet' });
    await form.waitFor();
    await form.getByRole('button', { name: 'Legg til', exact: true }).click();
    await form.getByText('Skriv en tittel.').waitFor();
    await form.getByRole('textbox', { name: 'Tittel' }).fill('Fagdag om vold i nære relasjoner');
    await form.getByRole('combobox', { name: 'Ring' }).selectOption({ label: 'Kompetanse' });
    await form.getByRole('radio', { name: 'Én gang' }).check();
    await form.getByLabel('Dato', { exact: true }).fill('2027-10-21');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'add-event', false);
    await form.getByRole('button', { name: 'Legg til', exact: true }).click();
    await form.waitFor({ state: 'hidden' });

    const added = items(page).filter({
      has: page.locator('title', { hasText: 'Fagdag om vold i nære relasjoner' }),
    });
    await added.waitFor();
    expect(await added.getAttribute('aria-label')).toMatch(
      /^\d+ Fagdag om vold i nære relasjoner, 21\. oktober 2027\. Kompetanse\.$/,
    );
    // Focus lands on the new event on the wheel.
    await expect.poll(() => focusedLabel(page)).toContain('Fagdag om vold i nære relasjoner');
    const october = page.getByRole('region', { name: 'Oktober' });
    await october.getByRole('button', { name: 'Fagdag om vold i nære relasjoner' }).waitFor();

    // Keyboard: Tab from the owner filter reaches one wheel item; arrows move round the year.
    await page.getByRole('combobox', { name: 'Ansvarlig enhet' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('button');
    await page.keyboard.press('Home');
    expect(await focusedLabel(page)).toMatch(/^1 /);
    await page.keyboard.press('ArrowRight');
    expect(await focusedLabel(page)).toMatch(/^2 /);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const count = await items(page).count();
    expect(await focusedLabel(page)).toMatch(new RegExp(`^${count} `));
    await page.keyboard.press('Home');
    for (let i = 0; i < count && !(await focusedLabel(page)).includes('Fagdag'); i += 1) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await focusedLabel(page)).toContain('Fagdag om vold i nære relasjoner');
    await page.keyboard.press('Enter');
    const details = page.getByRole('dialog', { name: /Fagdag om vold i nære relasjoner/ });
    await details.waitFor();
    await details.getByText('Én gang: 21. oktober 2027').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'details', false);
    await page.keyboard.press('Escape');
    await details.waitFor({ state: 'hidden' });
    await expect.poll(() => focusedLabel(page)).toContain('Fagdag om vold i nære relasjoner');

    // Change it from the details: it moves to another date.
    await page.keyboard.press('Enter');
    await details.getByRole('button', { name: 'Endre' }).click();
    const edit = page.getByRole('dialog', { name: 'Endre hendelsen' });
    await edit.getByLabel('Dato', { exact: true }).fill('2027-11-04');
    await edit.getByRole('button', { name: 'Lagre endringene' }).click();
    await edit.waitFor({ state: 'hidden' });
    await page
      .getByRole('region', { name: 'November' })
      .getByRole('button', { name: 'Fagdag om vold i nære relasjoner' })
      .waitFor();

    // Generated items say where they come from and cannot be edited here.
    await page
      .getByRole('region', { name: 'Januar' })
      .getByRole('button', { name: /^Frist for statusrapport/ })
      .click();
    const generated = page.getByRole('dialog', { name: /Frist for statusrapport: 3\. tertial 2026/ });
    await generated.getByText('Rapporteringsordningen', { exact: true }).waitFor();
    expect(await generated.getByRole('button', { name: 'Endre' }).count()).toBe(0);
    await generated.getByRole('button', { name: 'Lukk' }).first().click();

    // Filters: hide the campaign ring.
    const before = await items(page).count();
    await page.getByRole('checkbox', { name: 'Kampanjer og markeringsdager' }).uncheck();
    await expect.poll(() => items(page).count()).toBeLessThan(before);
    expect(await wheel(page).locator('[data-ring="campaign"]').count()).toBe(0);
    await page.getByRole('checkbox', { name: 'Kampanjer og markeringsdager' }).check();

    // Delete the event again.
    await page
      .getByRole('region', { name: 'November' })
      .getByRole('button', { name: 'Fagdag om vold i nære relasjoner' })
      .click();
    await details.getByRole('button', { name: 'Slett' }).click();
    await details.getByRole('button', { name: 'Ja, slett hendelsen' }).click();
    await details.waitFor({ state: 'hidden' });
    await expect.poll(() => items(page).filter({ hasText: 'Fagdag' }).count()).toBe(0);

    // The picture downloads in browser mode.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Bilde (PNG)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Årshjul 2027 Eksempel kommune.png');
    const saved = join(SHOTS, 'exported-2027.png');
    await file.saveAs(saved);
    expect((await readFile(saved)).subarray(1, 4).toString()).toBe('PNG');

    expect(app.pageErrors.filter((message) => !KNOWN_CONSOLE_NOISE.test(message))).toEqual([]);
  });

  it('changes the reporting scheme and shows the new periods on the wheel', async () => {
    const { page } = app;
    await createPlan(page);
    await page.getByRole('link', { name: 'Rapportering' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapportering' }).waitFor();
    const table = page.getByRole('table');
    expect(await table.getByRole('rowheader').count()).toBe(12);
    await table.getByRole('rowheader', { name: /2\. tertial 2027/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'reporting-tertial');

    await page.getByRole('radio', { name: /^Halvår/ }).check();
    await page.getByRole('textbox', { name: /Politisk organ/ }).fill('Hovedutvalg for helse og omsorg');
    await page.getByRole('textbox', { name: /Frist for status/ }).fill('200');
    await page.getByRole('button', { name: 'Lagre rapporteringsordningen' }).click();
    await page.getByText('Skriv et helt tall fra -60 til 120.').waitFor();
    await page.getByRole('textbox', { name: /Frist for status/ }).fill('21');
    await page.getByRole('button', { name: 'Lagre rapporteringsordningen' }).click();
    await expect.poll(() => table.getByRole('rowheader').count()).toBe(8);
    await table.getByRole('rowheader', { name: /1\. halvår 2027/ }).waitFor();

    // Adjust one period's meeting.
    await page.getByRole('button', { name: 'Juster 1. halvår 2027' }).click();
    const adjust = page.getByRole('dialog', { name: 'Juster 1. halvår 2027' });
    await adjust.getByLabel('Møtedato').fill('2027-08-26');
    await adjust.getByRole('button', { name: 'Lagre justeringen' }).click();
    await adjust.waitFor({ state: 'hidden' });
    const row = table.getByRole('row', { name: /1\. halvår 2027/ });
    await row.getByText('justert').waitFor();
    await row.getByText(/26\. august 2027/).waitFor();
    await shot(page, 'reporting-half-year');

    await page.getByRole('link', { name: 'Årshjul', exact: true }).click();
    await page.getByRole('combobox', { name: 'Vis år' }).selectOption('2027');
    await page
      .getByRole('region', { name: 'August' })
      .getByRole('button', { name: 'Hovedutvalg for helse og omsorg behandler rapporten for 1. halvår 2027' })
      .waitFor();
    await page
      .getByRole('region', { name: 'Juli' })
      .getByRole('button', { name: 'Frist for statusrapport: 1. halvår 2027' })
      .waitFor();

    const [planFile] = await findPlanFiles(app.dataDir);
    await expect
      .poll(async () => JSON.parse(await readFile(planFile as string, 'utf8')).plan.reportingScheme.cycle)
      .toBe('half-year');
  });
});
