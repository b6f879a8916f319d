import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { plansDir } from '../../electron/store/paths';
import { realisticPlan } from '../support/realisticPlan';
import { readWord } from '../support/wordDocument';
import { makeDataDir, type RunningApp, startApp } from './support/app';
import { seriousAxeViolations } from './support/axe';

const SHOTS = '/tmp/shots-word';
const FILE_NAME = 'fjordvik.planhjul.json';

let app: RunningApp;

beforeEach(async () => {
  const dataDir = await makeDataDir();
  await mkdir(plansDir(dataDir), { recursive: true });
  await writeFile(join(plansDir(dataDir), FILE_NAME), JSON.stringify(wrapPlanFile(realisticPlan())));
  app = await startApp({ dataDir });
  await mkdir(SHOTS, { recursive: true });
});

afterEach(async () => {
  await app?.close();
  const { rm } = await import('node:fs/promises');
  await rm(app.dataDir, { recursive: true, force: true });
});

async function openExportPage(page: Page) {
  await page.goto(app.url);
  await page.getByRole('button', { name: `Åpne ${FILE_NAME}` }).click();
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Dokumenter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Word-dokumenter' }).waitFor();
}

/** Clicks the dialog's download button and returns the downloaded file's name and bytes. */
async function download(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Last ned Word-dokument' }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe('Word exports from the browser mode', () => {
  it('downloads the political progress report for the chosen period, then the plan in Nynorsk', async () => {
    const { page } = app;
    await openExportPage(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'export-page.png'), fullPage: true });

    await page.getByRole('button', { name: 'Lag framdriftsrapport' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lag Word-dokument' });
    await dialog.waitFor();
    // The period with the latest status reports is chosen, and the political summary.
    const period = dialog.getByRole('combobox', { name: 'Rapporteringsperiode' });
    expect(await period.inputValue()).toBe('2026-T3');
    expect(await dialog.getByRole('radio', { name: 'Politisk sammendrag' }).isChecked()).toBe(true);
    await period.selectOption('2026-T2');
    // The dialog fades in; axe measures contrast on what is painted, so wait until it is fully shown.
    await page.waitForFunction(() => document.getAnimations().length === 0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'export-dialog-report.png') });

    const report = await download(page);
    expect(report.name).toBe(
      'Framdriftsrapport 2. tertial 2026 (politisk sammendrag) – Handlingsplan mot vold i nære relasjoner.docx',
    );
    const reportDoc = await readWord(report.bytes);
    expect(reportDoc.text).toContain('Framdriftsrapport 2. tertial 2026');
    expect(reportDoc.text).toContain('Politisk sammendrag');
    expect(reportDoc.headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      'Sammendrag',
      'Oversikt over alle tiltak',
    ]);
    await dialog.getByRole('heading', { name: 'Dokumentet er lastet ned' }).waitFor();
    await dialog.getByText(`Du finner ${report.name} i nedlastingsmappen.`).waitFor();
    // No file was saved on this machine, so there is nothing to open or show in a folder.
    expect(await dialog.getByRole('button', { name: 'Åpne dokumentet' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'export-dialog-done.png') });

    await dialog.getByRole('button', { name: 'Lag et nytt dokument' }).click();
    await dialog.getByRole('radio', { name: 'Planen' }).check();
    await dialog.getByRole('radio', { name: 'Nynorsk' }).check();
    const wheel = dialog.getByRole('checkbox', { name: 'Ta med årshjulet som figur' });
    expect(await wheel.isChecked()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'export-dialog-plan.png') });
    const plan = await download(page);
    expect(plan.name).toBe('Handlingsplan mot vold i nære relasjoner 2026–2029.docx');
    const planDoc = await readWord(plan.bytes);
    expect(planDoc.text).toContain('Vedteken i kommunestyret 12.03.2026, sak 23/26');
    expect(planDoc.headings.map((h) => h.text)).toContain('Satsingsområde 5: Samarbeid og samordning');
    expect(planDoc.html).toMatch(/<img [^>]*alt="Årshjulet for \d{4} med \d+ hendingar/);

    await dialog.getByRole('button', { name: 'Lukk', exact: true }).last().click();
    await dialog.waitFor({ state: 'hidden' });
    expect(app.pageErrors.filter((e) => !/frame-ancestors/.test(e))).toEqual([]);
  });

  it('exports edits that are not saved yet, and keeps the dialog usable by keyboard', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('button', { name: `Åpne ${FILE_NAME}` }).click();
    await page.getByRole('button', { name: 'Endre navn: Kunnskap og kompetanse' }).click();
    const rename = page.getByRole('textbox', { name: 'Nytt navn på satsingsområde 1' });
    await rename.fill('Kompetanse for alle');
    await rename.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Kompetanse for alle' }).waitFor();

    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Dokumenter' })
      .click();
    await page.getByRole('button', { name: 'Lag planen som Word-dokument' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lag Word-dokument' });
    await dialog.waitFor();
    // Escape closes the dialog; it opens again with the same defaults.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Lag planen som Word-dokument' }).click();
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: 'Bokmål' }).isChecked()).toBe(true);
    const plan = await download(page);
    const doc = await readWord(plan.bytes);
    expect(doc.headings.map((h) => h.text)).toContain('Satsingsområde 1: Kompetanse for alle');
  });
});

/**
 * Electron cannot run here, so the page gets what the preload would give it: a `window.planhjulet` bridge whose
 * invoke goes to the same API over HTTP. Standing in for the native save dialog, it turns the download into
 * «saved at SAVED_PATH» (or «cancelled» when asked to), and records the `files.reveal` calls. This tests the
 * dialog's side of the desktop flow; the native deliverer itself is Electron glue.
 */
const SAVED_PATH = '/home/koordinator/Dokumenter/Handlingsplan.docx';

async function installDesktopBridge(page: Page, options: { cancelSave: boolean }) {
  await page.addInitScript(
    ({ savedPath, cancelSave }) => {
      const reveals: unknown[] = [];
      const bridge = {
        async invoke(method: string, input: unknown) {
          if (method === 'files.reveal') {
            reveals.push(input);
            return { ok: true, value: { done: true } };
          }
          const response = await fetch(`api/${method}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(input),
          });
          const reply = await response.json();
          // The app has native dialogs; the browser-mode backend behind this bridge says it has none.
          if (method === 'app.info' && reply.ok) reply.value = { ...reply.value, nativeDialogs: true };
          if (method.startsWith('export.') && method !== 'export.capabilities' && reply.ok) {
            reply.value = { ...reply.value, savedPath: cancelSave ? null : savedPath, downloadUrl: null };
          }
          return reply;
        },
        onMenuCommand: () => () => undefined,
      };
      Object.assign(window, { planhjulet: bridge, reveals });
    },
    { savedPath: SAVED_PATH, cancelSave: options.cancelSave },
  );
}

describe('Word exports in the desktop app', () => {
  it('offers to open the saved document or show it in its folder', async () => {
    const { page } = app;
    // Opened from the data folder first (the app's start page has a file dialog instead), then the page is
    // reloaded as the app: it reopens the plan where it was.
    await openExportPage(page);
    await installDesktopBridge(page, { cancelSave: false });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Word-dokumenter' }).waitFor();
    await page.getByRole('button', { name: 'Lag planen som Word-dokument' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lag Word-dokument' });
    await dialog.getByText('Du velger hvor dokumentet skal lagres.').waitFor();
    await dialog.getByRole('button', { name: 'Lagre Word-dokument …' }).click();
    await dialog.getByRole('heading', { name: 'Dokumentet er lagret' }).waitFor();
    await dialog.getByText(`Lagret som ${SAVED_PATH}`).waitFor();
    await page.waitForFunction(() => document.getAnimations().length === 0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'export-dialog-saved-app.png') });
    await dialog.getByRole('button', { name: 'Åpne dokumentet' }).click();
    await dialog.getByRole('button', { name: 'Vis i mappe' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { reveals: unknown[] }).reveals))
      .toEqual([
        { path: SAVED_PATH, action: 'open' },
        { path: SAVED_PATH, action: 'show-in-folder' },
      ]);
  });

  it('says so when the save dialog was cancelled, and lets the user try again', async () => {
    const { page } = app;
    // Opened from the data folder first (the app's start page has a file dialog instead), then the page is
    // reloaded as the app: it reopens the plan where it was.
    await openExportPage(page);
    await installDesktopBridge(page, { cancelSave: true });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Word-dokumenter' }).waitFor();
    await page.getByRole('button', { name: 'Lag framdriftsrapport' }).click();
    const dialog = page.getByRole('dialog', { name: 'Lag Word-dokument' });
    await dialog.getByRole('button', { name: 'Lagre Word-dokument …' }).click();
    await dialog.getByText('Dokumentet ble ikke lagret fordi du avbrøt lagringen.').waitFor();
    expect(await dialog.getByRole('button', { name: 'Åpne dokumentet' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Prøv igjen' }).click();
    await dialog.getByRole('combobox', { name: 'Rapporteringsperiode' }).waitFor();
  });
});
