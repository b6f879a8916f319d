import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { wrapPlanFile } from '../../core/plan/create';
import { plansDir } from '../../electron/store/paths';
import { startWebServer } from '../../electron/web';
import { CHROMIUM_FLAGS } from '../../tests/e2e/support/app';
import { findChromium } from '../../tests/e2e/support/chromium';
import { bigPlan } from '../../tests/support/bigPlan';
import { line } from './measure';

/**
 * Installs a recorder in the page: for each keystroke in the focused field, the time from the keydown event to
 * the frame after it was painted (a requestAnimationFrame callback, then a task after that frame).
 */
async function recordKeystrokes(page: Page): Promise<void> {
  await page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { __keyTimes: number[] }).__keyTimes = times;
    document.addEventListener(
      'keydown',
      () => {
        const start = performance.now();
        requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - start), 0));
      },
      true,
    );
  });
}

async function typeAndMeasure(page: Page, text: string): Promise<number> {
  for (const key of text) {
    await page.keyboard.type(key);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(200);
  const times = await page.evaluate(() => (window as unknown as { __keyTimes: number[] }).__keyTimes);
  const sorted = [...times].sort((a, b) => a - b);
  return (sorted[Math.floor(sorted.length / 2)] ?? 0) / 1000;
}

/** Typing in a title cell of the 300-row measure table, against typing in an input of a bare 300-row table. */
export async function benchTable(dir: string): Promise<string> {
  const dataDir = join(dir, 'table');
  await mkdir(plansDir(dataDir), { recursive: true });
  await writeFile(join(plansDir(dataDir), 'stor.planhjul.json'), JSON.stringify(wrapPlanFile(bigPlan())));
  const server = await startWebServer({ dataDir });
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Åpne stor.planhjul.json' }).click();
    await page
      .getByRole('navigation', { name: 'Hovedmeny' })
      .getByRole('link', { name: 'Tiltakstabell' })
      .click();
    const cell = page.getByLabel('Tittel på tiltak 1.1', { exact: true });
    await cell.waitFor();
    await cell.click();
    await page.keyboard.press('End');
    await recordKeystrokes(page);
    const table = await typeAndMeasure(page, ' med nye samarbeidspartnere');

    const floorPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const rows = Array.from(
      { length: 300 },
      (_, i) => `<tr><td>${i}</td><td><input value="Tiltak ${i}"></td></tr>`,
    );
    await floorPage.setContent(`<!doctype html><table>${rows.join('')}</table>`);
    await floorPage.locator('input').first().click();
    await recordKeystrokes(floorPage);
    const floor = await typeAndMeasure(floorPage, ' med nye samarbeidspartnere');
    return line('keystroke to paint, 300-row measure table', table, 'bare 300-row table', floor, '< 16 ms');
  } finally {
    await browser.close();
    await server.close();
  }
}
