import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { wrapPlanFile } from '../../core/plan/create';
import { plansDir } from '../../electron/store/paths';
import { startWebServer } from '../../electron/web';
import { CHROMIUM_FLAGS } from '../../tests/e2e/support/app';
import { findChromium } from '../../tests/e2e/support/chromium';
import { bigPlan } from '../../tests/support/bigPlan';
import { line } from './measure';

const RUNS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * An edit's whole way: Enter in a title cell of the 300-row table, the step applied in the page, sent to the
 * backend, applied there, checked and written, until the file on disk holds it. The autosave's quiet time is
 * set to 0 here: it is a choice, not a cost. Beside it: stringify + write + rename of the same plan.
 */
export async function benchRoundTrip(dir: string): Promise<string> {
  const dataDir = join(dir, 'round-trip');
  await mkdir(plansDir(dataDir), { recursive: true });
  const planPath = join(plansDir(dataDir), 'stor.planhjul.json');
  const plan = bigPlan();
  await writeFile(planPath, JSON.stringify(wrapPlanFile(plan)));
  const server = await startWebServer({ dataDir, autosaveDelayMs: 0 });
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
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const title = `Tiltak i runde ${run}`;
      await cell.fill(title);
      const start = performance.now();
      await cell.press('Enter');
      while (!(await readFile(planPath, 'utf8')).includes(title)) {
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      if (run > 0) times.push((performance.now() - start) / 1000);
    }
    const floorPath = join(dir, 'round-trip-floor.planhjul.json');
    const floors: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const start = performance.now();
      await writeFile(
        `${floorPath}.tmp`,
        JSON.stringify(wrapPlanFile({ ...plan, title: `Runde ${run}` }), null, 2),
      );
      await rename(`${floorPath}.tmp`, floorPath);
      floors.push((performance.now() - start) / 1000);
    }
    return line(
      'edit round trip (Enter in table → on disk)',
      median(times),
      'stringify+write+rename',
      median(floors),
      'for reference (autosave delay 0)',
    );
  } finally {
    await browser.close();
    await server.close();
  }
}
