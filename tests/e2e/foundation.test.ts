import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningApp, SAVED_TEXT, startApp } from './support/app';
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
  await app.page.getByRole('status').filter({ hasText: SAVED_TEXT }).waitFor();
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

    // The first Tab reaches the skip link, which moves focus to the main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til hovedinnhold');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(new URL(page.url()).hash).toBe('');

    await createPlan('Eksempel kommune');
    expect(new URL(page.url()).hash).toBe('#/plan/overview');
    // The plan starts with the focus areas of the template.
    const fromTemplate = await focusAreaTitles();

    await addFocusArea('Tidlig innsats');
    await addFocusArea('Oppfølging etter vold');
    expect(await focusAreaTitles()).toEqual([...fromTemplate, 'Tidlig innsats', 'Oppfølging etter vold']);
    const moved = [...fromTemplate, 'Oppfølging etter vold', 'Tidlig innsats'];
    const notMoved = [...fromTemplate, 'Tidlig innsats', 'Oppfølging etter vold'];

    // Reorder by keyboard: focus stays on the button that was pressed.
    await page.getByRole('button', { name: 'Flytt opp: Oppfølging etter vold' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusAreaTitles).toEqual(moved);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus-key'))).toMatch(/:up$/);

    // Ctrl+Z outside a text field undoes the plan change; Ctrl+Shift+Z and Ctrl+Y redo it.
    await page.keyboard.press('Control+Z');
    await expect.poll(focusAreaTitles).toEqual(notMoved);
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(focusAreaTitles).toEqual(moved);
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await expect.poll(focusAreaTitles).toEqual(notMoved);
    await page.keyboard.press('Control+Y');
    await expect.poll(focusAreaTitles).toEqual(moved);

    // Inside a text field Ctrl+Z belongs to the field, not to the plan.
    const addField = page.getByRole('textbox', { name: 'Navn på nytt satsingsområde' });
    await addField.fill('Ikke lagt til');
    await addField.press('Control+Z');
    expect(await focusAreaTitles()).toEqual(moved);
    await addField.fill('');

    await waitUntilSaved();
    const [file, ...others] = await findPlanFiles(app.dataDir);
    expect(others).toEqual([]);
    const onDisk = await readPlanFile(file as string);
    expect(onDisk.plan.title).toBe(PLAN_TITLE);
    expect(onDisk.plan.focusAreas.map((f) => f.title)).toEqual(moved);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Tidlig innsats' }).waitFor();
    expect(await focusAreaTitles()).toEqual(moved);
    // Reopened writable: the plan can still be changed after the reload.
    await page.getByRole('button', { name: 'Angre', exact: true }).waitFor();
    await page.getByText('Eksempel kommune').first().waitFor();

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
    const fromTemplate = await focusAreaTitles();
    await addFocusArea('Tidleg innsats');
    await page.getByRole('button', { name: 'Endre navn: Tidleg innsats' }).click();
    const nameField = page.getByRole('textbox', {
      name: `Nytt navn på satsingsområde ${fromTemplate.length + 1}`,
    });
    await nameField.fill('Tidlig innsats');
    await nameField.press('Enter');
    await expect.poll(focusAreaTitles).toEqual([...fromTemplate, 'Tidlig innsats']);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus-key'))).toMatch(
      /:rename$/,
    );

    await page.getByRole('button', { name: 'Slett: Tidlig innsats' }).click();
    await expect.poll(focusAreaTitles).toEqual(fromTemplate);
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await expect.poll(focusAreaTitles).toEqual([...fromTemplate, 'Tidlig innsats']);

    await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
    await page.getByRole('heading', { level: 2, name: 'Satsingsområde', exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    await waitUntilSavedIn('Lagra');
    await app.screenshot('overview-nn');

    // The language is a setting: it survives a reload, and the plan reopens writable.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Satsingsområde', exact: true }).waitFor();
    await waitUntilSavedIn('Lagra');
    expect(await page.locator('html').getAttribute('lang')).toBe('nn');
    expect(await page.getByText('Skriveverna').count()).toBe(0);
    expect(await focusAreaTitles()).toEqual([...fromTemplate, 'Tidlig innsats']);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

async function waitUntilSavedIn(word: string) {
  await app.page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^${word} \\d\\d:\\d\\d$`) })
    .waitFor();
}
