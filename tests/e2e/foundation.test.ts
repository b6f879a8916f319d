import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './support/app';
import { seriousAxeViolations } from './support/axe';
import { findPlanFiles, readPlanFile } from './support/planFiles';

const PLAN_TITLE = 'Handlingsplan mot vold i nære relasjoner';

/** Chromium warns that a <meta> CSP cannot set frame-ancestors; the server sends it as a header too. */
const KNOWN_CONSOLE_NOISE = /frame-ancestors/;

let app: RunningApp;

beforeEach(async () => {
  app = await startApp();
});

afterEach(async () => {
  await app?.close();
});

function focusAreaTitles() {
  return app.page
    .locator('.ph-areas h3')
    .evaluateAll((headings) => headings.map((h) => (h.textContent ?? '').replace(/^\d+\s*/, '').trim()));
}

async function waitUntilSaved() {
  await app.page
    .getByRole('status')
    .filter({ hasText: /^Lagret \d\d:\d\d$/ })
    .waitFor();
}

async function createPlan(municipality: string) {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Kommune' }).fill(municipality);
  await page.getByRole('button', { name: 'Opprett plan' }).click();
  await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
}

async function addFocusArea(title: string) {
  const { page } = app;
  await page.getByRole('textbox', { name: 'Navn på nytt satsingsområde' }).fill(title);
  await page.getByRole('button', { name: 'Legg til', exact: true }).click();
  await page.getByRole('heading', { level: 3, name: title }).waitFor();
}

describe('foundation', () => {
  it('creates a plan from the start page, autosaves focus areas, keeps them over a reload, undoes and redoes', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Velkommen til Planhjulet' }).waitFor();
    await page.getByText('Du har ikke åpnet noen planer ennå.').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await app.screenshot('start');

    await createPlan('Eksempel kommune');
    expect(new URL(page.url()).hash).toBe('#/plan/overview');
    await page.getByText('Planen har ingen satsingsområder ennå.', { exact: false }).waitFor();

    await addFocusArea('Tidlig innsats');
    await addFocusArea('Forebygging');
    expect(await focusAreaTitles()).toEqual(['Tidlig innsats', 'Forebygging']);

    // Reorder by keyboard: focus stays on the button that was pressed.
    await page.getByRole('button', { name: 'Flytt opp: Forebygging' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusAreaTitles).toEqual(['Forebygging', 'Tidlig innsats']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus-key'))).toMatch(/:up$/);

    // Ctrl+Z outside a text field undoes the plan change; Ctrl+Shift+Z and Ctrl+Y redo it.
    await page.keyboard.press('Control+Z');
    await expect.poll(focusAreaTitles).toEqual(['Tidlig innsats', 'Forebygging']);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(focusAreaTitles).toEqual(['Forebygging', 'Tidlig innsats']);
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await expect.poll(focusAreaTitles).toEqual(['Tidlig innsats', 'Forebygging']);
    await page.keyboard.press('Control+Y');
    await expect.poll(focusAreaTitles).toEqual(['Forebygging', 'Tidlig innsats']);

    // Inside a text field Ctrl+Z belongs to the field, not to the plan.
    const addField = page.getByRole('textbox', { name: 'Navn på nytt satsingsområde' });
    await addField.fill('Ikke lagt til');
    await addField.press('Control+Z');
    expect(await focusAreaTitles()).toEqual(['Forebygging', 'Tidlig innsats']);
    await addField.fill('');

    await waitUntilSaved();
    const [file, ...others] = await findPlanFiles(app.dataDir);
    expect(others).toEqual([]);
    const onDisk = await readPlanFile(file as string);
    expect(onDisk.plan.title).toBe(PLAN_TITLE);
    expect(onDisk.plan.focusAreas.map((f) => f.title)).toEqual(['Forebygging', 'Tidlig innsats']);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Tidlig innsats' }).waitFor();
    expect(await focusAreaTitles()).toEqual(['Forebygging', 'Tidlig innsats']);
    await page.getByText('Eksempel kommune').waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    await app.screenshot('overview');

    const offsite = app.requests.filter(
      (url) => !url.startsWith(`${app.origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
    expect(offsite).toEqual([]);
    expect(app.pageErrors.filter((message) => !KNOWN_CONSOLE_NOISE.test(message))).toEqual([]);
  });

  it('renames and removes focus areas, refuses bad input with a message, and switches language', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Velkommen til Planhjulet' }).waitFor();

    // The form says what is wrong next to the field instead of sending it.
    await page.getByRole('textbox', { name: 'Siste år' }).fill('2020');
    await page.getByRole('button', { name: 'Opprett plan' }).click();
    await page.getByText('Skriv kommunens navn.').waitFor();
    await page.getByText('Siste år kan ikke være før første år.').waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('');
    await app.screenshot('start-errors');
    await page.getByRole('textbox', { name: 'Siste år' }).fill(String(new Date().getFullYear() + 4));

    await createPlan('Eksempel kommune');
    await addFocusArea('Forebyging');
    await page.getByRole('button', { name: 'Endre navn: Forebyging' }).click();
    const nameField = page.getByRole('textbox', { name: 'Nytt navn på satsingsområde 1' });
    await nameField.fill('Forebygging');
    await nameField.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Forebygging' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus-key'))).toMatch(
      /:rename$/,
    );

    await page.getByRole('button', { name: 'Slett: Forebygging' }).click();
    await page.getByText('Planen har ingen satsingsområder ennå.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await page.getByRole('heading', { level: 3, name: 'Forebygging' }).waitFor();

    await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
    await page.getByRole('heading', { level: 2, name: 'Satsingsområde', exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    await app.screenshot('overview-nn');
    await waitUntilSavedIn('Lagra');

    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Om planen' }).waitFor();
    await page.getByRole('button', { name: 'Angre', exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

async function waitUntilSavedIn(word: string) {
  await app.page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^${word} \\d\\d:\\d\\d$`) })
    .waitFor();
}
