import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { startWebServer } from '../../../electron/web';
import { findChromium } from './chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const SHOTS_DIR = '/tmp/shots';

const RENDERER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../dist/renderer');

export interface RunningApp {
  dataDir: string;
  url: string;
  origin: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, to prove nothing leaves 127.0.0.1. */
  requests: string[];
  /** Console errors and uncaught exceptions in the page (a CSP violation shows up here). */
  pageErrors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function makeDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'planhjulet-e2e-'));
}

/**
 * The browser mode with Chromium (headless) showing it, on a fresh temporary data folder that `close()`
 * removes, or on `dataDir` (left in place, for a second session on the same plans).
 */
export async function startApp(options: { dataDir?: string; locale?: string } = {}): Promise<RunningApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`The renderer is not built (${RENDERER_DIR}): run \`npx vite build\` first.`);
  }
  const dataDir = options.dataDir ?? (await makeDataDir());
  const removeData = () =>
    options.dataDir ? Promise.resolve() : rm(dataDir, { recursive: true, force: true });
  const server = await startWebServer({ dataDir, rendererDir: RENDERER_DIR });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
    const context = await browser.newContext({
      locale: options.locale ?? 'nb-NO',
      viewport: { width: 1280, height: 900 },
      // Without motion a <details> opens at once. Animated, its content slides hundreds of pixels in 0.4 s, and
      // a click Playwright aims at a button inside can land elsewhere: Playwright checks the target at the
      // press only, so a button that moved before the release gets no click while the click still "succeeds".
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const requests: string[] = [];
    const pageErrors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await mkdir(SHOTS_DIR, { recursive: true });
    const openBrowser = browser;
    return {
      dataDir,
      url: server.url,
      origin: server.origin,
      browser,
      context,
      page,
      requests,
      pageErrors,
      async screenshot(name) {
        const path = join(SHOTS_DIR, `${name}.png`);
        await page.screenshot({ path, fullPage: true });
        return path;
      },
      async close() {
        await openBrowser.close();
        await server.close();
        await removeData();
      },
    };
  } catch (error) {
    await browser?.close();
    await server.close();
    await removeData();
    throw error;
  }
}

/**
 * The save indicator once a save is done: «Lagret 14:05», or with the date for a save on an earlier day («Lagret
 * 2. desember 2026 23:59»), which is what a test running across midnight sees.
 */
export const SAVED_TEXT = /^Lagret (?:\d{1,2}\. \p{L}+ \d{4} )?\d\d:\d\d$/u;
