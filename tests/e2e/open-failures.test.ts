import { access, readFile, rm, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { makeDataDir, type RunningApp, SAVED_TEXT, startApp } from './support/app';
import { seriousAxeViolations } from './support/axe';
import { findPlanFiles } from './support/planFiles';

const PLAN_TITLE = 'Handlingsplan mot vold i nære relasjoner';

const running: RunningApp[] = [];
const dataDirs: string[] = [];

async function launch(dataDir?: string): Promise<RunningApp> {
  const app = await startApp(dataDir ? { dataDir } : {});
  running.push(app);
  return app;
}

afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
  for (const dir of dataDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function waitUntilSaved(page: Page) {
  await page.getByRole('status').filter({ hasText: SAVED_TEXT }).waitFor();
}

async function addFocusArea(page: Page, title: string) {
  await page.getByRole('textbox', { name: 'Navn på nytt satsingsområde' }).fill(title);
  await page.getByRole('button', { name: 'Legg til', exact: true }).click();
  await page.getByRole('heading', { level: 3, name: title }).waitFor();
  await waitUntilSaved(page);
}

async function createPlan(app: RunningApp) {
  const { page } = app;
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Kommune' }).fill('Eksempel kommune');
  await page.getByRole('button', { name: 'Opprett plan' }).click();
  await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
}

describe('opening plans that cannot be edited', () => {
  it('shows what is wrong with a broken plan file, leaves it untouched and opens the newest good backup', async () => {
    const dataDir = await makeDataDir();
    dataDirs.push(dataDir);
    const first = await launch(dataDir);
    await createPlan(first);
    await addFocusArea(first.page, 'Tidlig innsats');
    await first.close();
    running.splice(running.indexOf(first), 1);

    // A later session backs the plan up before its first write.
    const app = await launch(dataDir);
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('button', { name: `Åpne ${PLAN_TITLE}` }).click();
    await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
    await addFocusArea(page, 'Oppfølging etter vold');
    await page.getByRole('button', { name: 'Lukk planen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Velkommen til Planhjulet' }).waitFor();

    const [file] = await findPlanFiles(dataDir);
    const damaged = JSON.parse(await readFile(file as string, 'utf8'));
    damaged.plan.period.fromYear = 'neste år';
    const broken = JSON.stringify(damaged, null, 2);
    await writeFile(file as string, broken);

    await page.getByRole('button', { name: `Åpne ${PLAN_TITLE}` }).click();
    const alert = page.locator('.ph-failure');
    await alert.getByRole('heading', { name: 'Planen kunne ikke åpnes' }).waitFor();
    expect(await alert.locator('.ph-problems li').allInnerTexts()).toEqual([
      expect.stringContaining('plan.period.fromYear'),
    ]);
    await alert.getByText('Filen er ikke endret.', { exact: false }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Planen kunne ikke åpnes');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await app.screenshot('open-failure');

    await alert.getByRole('button', { name: 'Åpne nyeste gode sikkerhetskopi' }).click();
    await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Tidlig innsats' }).waitFor();
    await page.getByText('gjenopprettet', { exact: false }).first().waitFor();
    expect(await readFile(file as string, 'utf8')).toBe(broken);
    expect(await findPlanFiles(dataDir)).toHaveLength(2);
    await app.screenshot('restored');
  });

  it('opens a plan that is already open in another tab read-only, with the reason', async () => {
    const app = await launch();
    await createPlan(app);
    await addFocusArea(app.page, 'Tidlig innsats');

    const second = await app.context.newPage();
    await second.goto(`${app.origin}/`);
    await second.getByRole('heading', { level: 1, name: 'Velkommen til Planhjulet' }).waitFor();
    await second.getByRole('button', { name: `Åpne ${PLAN_TITLE}` }).click();
    await second.getByText('Planen er åpnet skrivebeskyttet').waitFor();
    await second.getByText('allerede åpen i et annet vindu', { exact: false }).first().waitFor();
    await second.getByText('Skrivebeskyttet – endringer lagres ikke').waitFor();
    expect(await second.getByRole('textbox', { name: 'Navn på nytt satsingsområde' }).count()).toBe(0);
    expect(await second.getByRole('button', { name: 'Angre', exact: true }).count()).toBe(0);
    expect(await seriousAxeViolations(second)).toEqual([]);
    await second.screenshot({ path: '/tmp/shots/read-only.png', fullPage: true });

    // The first tab still edits the plan.
    await addFocusArea(app.page, 'Oppfølging etter vold');
  });

  it('says so, and leaves the plan closed and unlocked, when the part that edits plans cannot be loaded', async () => {
    const app = await launch();
    const { page } = app;
    // The page's step machinery (every operation) loads with the first plan opened; here its script fails.
    await page.route(/\/assets\/step-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(app.url);
    await page.getByRole('textbox', { name: 'Kommune' }).fill('Eksempel kommune');
    await page.getByRole('button', { name: 'Opprett plan' }).click();
    await page.getByText('fikk ikke lastet delen som redigerer planer, så planen ble ikke åpnet').waitFor();
    expect(
      await page.getByText('Last inn siden på nytt og åpne planen igjen.', { exact: false }).count(),
    ).toBe(1);
    expect(await page.getByRole('link', { name: 'Oversikt' }).count()).toBe(0);
    expect(app.requests.some((url) => url.endsWith('/api/plan.close'))).toBe(true);

    const [plan] = await findPlanFiles(app.dataDir);
    if (!plan) throw new Error('the new plan was not saved');
    await expect(access(`${plan}.lock`)).rejects.toThrow();
  });
});
