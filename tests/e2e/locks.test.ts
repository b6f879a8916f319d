import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { samplePlan } from '../../core/plan/testPlan';
import { makeDataDir, type RunningApp, SAVED_TEXT, startApp } from './support/app';
import { seriousAxeViolations } from './support/axe';

const HOUR = 60 * 60 * 1000;
const running: RunningApp[] = [];
const dataDirs: string[] = [];

afterEach(async () => {
  for (const app of running.splice(0)) await app.close();
  for (const dir of dataDirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A plan file in the browser mode's plans folder, as another program left it. */
async function planInDataDir(dataDir: string, fileName: string, file: unknown): Promise<string> {
  const plans = join(dataDir, 'plans');
  await mkdir(plans, { recursive: true });
  const path = join(plans, fileName);
  await writeFile(path, JSON.stringify(file, null, 2));
  return path;
}

async function openFromStart(app: RunningApp, fileName: string) {
  await app.page.goto(app.url);
  await app.page.getByRole('button', { name: `Åpne ${fileName}` }).click();
  await app.page.getByText('Planen er åpnet skrivebeskyttet').waitFor();
}

describe('plans locked by someone else, and plans from a newer Planhjulet', () => {
  it('shows who holds a forgotten lock and since when, and takes the plan over after asking', async () => {
    const dataDir = await makeDataDir();
    dataDirs.push(dataDir);
    const path = await planInDataDir(dataDir, 'laast.planhjul.json', wrapPlanFile(samplePlan()));
    const since = new Date(Date.now() - 13 * HOUR).toISOString();
    await writeFile(`${path}.lock`, JSON.stringify({ user: 'kari', host: 'KONTOR-12', pid: 4242, since }));
    const app = await startApp({ dataDir });
    running.push(app);
    const { page } = app;

    await openFromStart(app, 'laast.planhjul.json');
    await page
      .getByText(/Planen er åpen hos kari på maskinen KONTOR-12 siden \d\d\.\d\d\.\d{4} kl\. \d\d:\d\d/)
      .waitFor();
    await page
      .getByText('Låsen er over 12 timer gammel og fra en annen maskin, så den er trolig glemt', {
        exact: false,
      })
      .waitFor();
    expect(await page.getByRole('textbox', { name: 'Navn på nytt satsingsområde' }).count()).toBe(0);

    // Asking first: cancelling changes nothing.
    await page.getByRole('button', { name: 'Overta', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Overta planen fra kari?' });
    await dialog.waitFor();
    await dialog.getByText('kari på maskinen KONTOR-12 har hatt planen åpen siden').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await app.screenshot('lock-take-over-dialog');
    await dialog.getByRole('button', { name: 'Avbryt' }).first().click();
    await dialog.waitFor({ state: 'hidden' });
    expect(JSON.parse(await readFile(`${path}.lock`, 'utf8')).user).toBe('kari');

    await page.getByRole('button', { name: 'Overta', exact: true }).click();
    await dialog.getByRole('button', { name: 'Overta planen' }).click();
    await page.getByText('Planen er åpnet skrivebeskyttet').waitFor({ state: 'hidden' });
    await page.getByText('Du har overtatt planen fra kari.', { exact: false }).first().waitFor();

    // Now it is this user's plan: an edit is saved, the lock is ours, and a backup was taken first.
    const field = page.getByRole('textbox', { name: 'Navn på nytt satsingsområde' });
    await field.fill('Overtatt og endret');
    await page.getByRole('button', { name: 'Legg til', exact: true }).click();
    await page.getByRole('status').filter({ hasText: SAVED_TEXT }).waitFor();
    const saved = JSON.parse(await readFile(path, 'utf8'));
    expect(saved.plan.focusAreas.map((a: { title: string }) => a.title)).toContain('Overtatt og endret');
    expect(JSON.parse(await readFile(`${path}.lock`, 'utf8')).host).not.toBe('KONTOR-12');
    const [backupFolder] = await readdir(join(dataDir, 'backups'));
    expect(await readdir(join(dataDir, 'backups', backupFolder as string))).toHaveLength(1);
    await app.screenshot('lock-taken-over');
  });

  it('opens a plan with fields this version does not know read-only, says so, and never rewrites it', async () => {
    const dataDir = await makeDataDir();
    dataDirs.push(dataDir);
    const file = wrapPlanFile(samplePlan()) as unknown as { plan: Record<string, unknown> };
    file.plan.crisisProfile = { shelter: 'Krisesenteret', nights: 42 };
    const path = await planInDataDir(dataDir, 'nyere.planhjul.json', file);
    const before = await readFile(path, 'utf8');
    const app = await startApp({ dataDir });
    running.push(app);

    await openFromStart(app, 'nyere.planhjul.json');
    await app.page
      .getByText('Planen er laget med en nyere versjon av Planhjulet', { exact: false })
      .waitFor();
    expect(await app.page.getByRole('button', { name: 'Overta', exact: true }).count()).toBe(0);
    await app.screenshot('newer-file-read-only');
    await app.page.getByRole('button', { name: 'Lukk planen' }).click();
    await app.page.getByRole('heading', { level: 1, name: 'Velkommen til Planhjulet' }).waitFor();
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(await readdir(join(dataDir, 'plans'))).toEqual(['nyere.planhjul.json']);
  });
});
