import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../core/schema/plan';
import { type RunningApp, SAVED_TEXT, startApp } from './support/app';
import { seriousAxeViolations } from './support/axe';
import { findPlanFiles } from './support/planFiles';

let app: RunningApp;

beforeEach(async () => {
  // An American browser: its own date inputs would read and write mm/dd/yyyy.
  app = await startApp({ locale: 'en-US' });
});

afterEach(async () => {
  await app?.close();
});

describe('date fields', () => {
  it('read and write dd.mm.åååå whatever the browser’s language, and refuse impossible dates with a message', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('textbox', { name: 'Kommune' }).fill('Fjordvik');
    await page.getByRole('button', { name: 'Opprett plan' }).click();
    await page.getByRole('link', { name: 'Skriv planen' }).click();

    const mandateDate = page.getByRole('textbox', { name: 'Dato for mandatet' });
    expect(await mandateDate.getAttribute('inputmode')).toBe('numeric');
    await mandateDate.fill('31.02.2027');
    await mandateDate.press('Tab');
    await page.getByText('Skriv datoen som dd.mm.åååå, for eksempel 31.03.2027.').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    await mandateDate.fill('1.3.27');
    await mandateDate.press('Tab');
    await expect.poll(() => mandateDate.inputValue()).toBe('01.03.2027');
    await page.getByRole('status').filter({ hasText: SAVED_TEXT }).waitFor();
    const [path] = await findPlanFiles(app.dataDir);
    const { plan } = JSON.parse(await readFile(path as string, 'utf8')) as { plan: Plan };
    expect(plan.mandate.date).toBe('2027-03-01');

    // After a reload the stored date is shown the Norwegian way again.
    await page.reload();
    await page.getByRole('textbox', { name: 'Dato for mandatet' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Dato for mandatet' }).inputValue()).toBe('01.03.2027');
    await app.screenshot('date-field-en-us');
  }, 120_000);
});
