import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './support/app';

let app: RunningApp;

beforeEach(async () => {
  app = await startApp();
});

afterEach(async () => {
  await app?.close();
});

/** When (page time, ms) the start page's list panel first showed its waiting text, and its spinner. */
interface Seen {
  textAt: number | null;
  spinnerAt: number | null;
}

describe('waiting', () => {
  it('says what it waits for at once, and shows a spinner only when the wait lasts', async () => {
    const { page } = app;
    await page.addInitScript(() => {
      const seen = { textAt: null as number | null, spinnerAt: null as number | null };
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        const panel = document.querySelector('.ph-start__open.ph-busy');
        if (seen.textAt === null && panel?.textContent?.includes('Laster planer'))
          seen.textAt = performance.now();
        if (seen.spinnerAt === null && panel?.querySelector('.ds-spinner'))
          seen.spinnerAt = performance.now();
      }).observe(document, { childList: true, subtree: true });
    });
    // The plan list takes a second and a half to come.
    await page.route('**/api/files.list', async (route) => {
      const response = await route.fetch();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ response });
    });
    await page.goto(app.url);
    await page.getByText('Laster planer …').waitFor();
    await page.locator('.ph-start__open .ds-spinner').waitFor();
    await page.getByText('Laster planer …').waitFor({ state: 'detached' });

    const seen = await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
    expect(seen.textAt).not.toBeNull();
    expect(seen.spinnerAt).not.toBeNull();
    // The spinner's delay is 400 ms: a list that came within it would have shown none.
    expect((seen.spinnerAt ?? 0) - (seen.textAt ?? 0)).toBeGreaterThanOrEqual(380);
    expect(await page.getByRole('textbox', { name: 'Kommune' }).isVisible()).toBe(true);
  });
});
