import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './support/app';
import { findPlanFiles } from './support/planFiles';

const PLAN_TITLE = 'Handlingsplan mot vold i nære relasjoner';

let app: RunningApp;

beforeEach(async () => {
  app = await startApp();
});

afterEach(async () => {
  await app?.close();
});

/**
 * Electron cannot run here, so the test gives the page what the preload would: a `window.planhjulet`
 * bridge whose invoke goes to the same API over HTTP, and a way to fire native menu commands.
 */
async function installBridge() {
  await app.page.addInitScript(() => {
    const listeners: ((command: string) => void)[] = [];
    const bridge = {
      async invoke(method: string, input: unknown) {
        const response = await fetch(`api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input),
        });
        return response.json();
      },
      onMenuCommand(listener: (command: string) => void) {
        listeners.push(listener);
        return () => listeners.splice(listeners.indexOf(listener), 1);
      },
    };
    Object.assign(window, {
      planhjulet: bridge,
      fireMenuCommand: (command: string) => {
        for (const listener of listeners) listener(command);
      },
    });
  });
}

function fire(command: string) {
  return app.page.evaluate(
    (c) => (window as unknown as { fireMenuCommand(c: string): void }).fireMenuCommand(c),
    command,
  );
}

function focusAreaCount() {
  return app.page.locator('.ph-areas > li').count();
}

describe('native menu commands', () => {
  it('handles undo, redo, new plan and open recent from the menu', async () => {
    await installBridge();
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('textbox', { name: 'Kommune' }).fill('Eksempel kommune');
    await page.getByRole('button', { name: 'Opprett plan' }).click();
    await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
    const before = await focusAreaCount();
    await page.getByRole('textbox', { name: 'Navn på nytt satsingsområde' }).fill('Tidlig innsats');
    await page.getByRole('button', { name: 'Legg til', exact: true }).click();
    await expect.poll(focusAreaCount).toBe(before + 1);

    await page.getByRole('heading', { level: 1 }).focus();
    await fire('undo');
    await expect.poll(focusAreaCount).toBe(before);
    await fire('redo');
    await expect.poll(focusAreaCount).toBe(before + 1);

    await fire('new-plan');
    await page.getByRole('heading', { level: 1, name: 'Velkommen til Planhjulet' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value))
      .toBe(PLAN_TITLE);

    const [firstFile] = await findPlanFiles(app.dataDir);
    await page.getByRole('textbox', { name: 'Tittel' }).fill('Plan nummer to');
    await page.getByRole('textbox', { name: 'Kommune' }).fill('Eksempel kommune');
    await page.getByRole('button', { name: 'Opprett plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan nummer to' }).waitFor();

    await fire(`open-recent:${firstFile}`);
    await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
    expect(await focusAreaCount()).toBe(before + 1);
    expect(await page.getByText('Skrivebeskyttet').count()).toBe(0);
  });
});
