import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { CURRENT_SCHEMA_VERSION, PLAN_FORMAT } from '../../../core/schema/planFile';
import { makeDataDir, type RunningApp, startApp } from './app';

export interface OpenedPlan {
  app: RunningApp;
  page: Page;
  dataDir: string;
}

/** The apps `openPlanFile` started and not yet closed. */
const opened: OpenedPlan[] = [];

/** Closes every app `openPlanFile` started and removes its data folder: a test file's `afterEach`. */
export async function closeOpenedPlans(): Promise<void> {
  for (const { app, dataDir } of opened.splice(0)) {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Browser mode on a fresh data folder that holds `plan` as `plans/<name>.planhjul.json`, with the plan opened
 * from the start page. `closeOpenedPlans` closes the app and removes `dataDir` after the test.
 */
export async function openPlanFile(
  plan: unknown,
  name: string,
  heading: string | RegExp,
): Promise<OpenedPlan> {
  const dataDir = await makeDataDir();
  await mkdir(join(dataDir, 'plans'), { recursive: true });
  const file = { format: PLAN_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, plan };
  await writeFile(join(dataDir, 'plans', `${name}.planhjul.json`), JSON.stringify(file, null, 2));
  const app = await startApp({ dataDir });
  opened.push({ app, page: app.page, dataDir });
  const { page } = app;
  // A step that cannot happen fails on its own line instead of running into the test's time limit.
  page.setDefaultTimeout(15_000);
  await page.goto(app.url);
  await page.getByRole('button', { name: new RegExp(`^Åpne ${name}`) }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  return { app, page, dataDir };
}

/** Follows a link of the main menu and waits for the page's heading. */
export async function goToPage(page: Page, name: string, heading: string | RegExp): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}
