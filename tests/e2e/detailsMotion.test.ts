import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './support/app';

let app: RunningApp;

beforeEach(async () => {
  app = await startApp();
});

afterEach(async () => {
  await app?.close();
});

describe('the end-to-end browser', () => {
  // Playwright checks a click's target when the button is pressed, not when it is released: a button that moves
  // in between gets no click, and the test goes on as if it had. An opening <details> animates its content, so a
  // button in it must stand still from the first frame for clicks on it to be reliable.
  it('opens a focus area with its delete button already in place', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('textbox', { name: 'Kommune' }).fill('Eksempel kommune');
    await page.getByRole('button', { name: 'Opprett plan' }).click();
    await page.getByRole('link', { name: 'Skriv planen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Oppstart', exact: true }).waitFor();
    await page.evaluate(() => {
      window.location.hash = '#/plan/drafting/focus-areas';
    });
    const title = 'Kompetanse i de kommunale tjenestene';
    const heading = page.getByRole('heading', { level: 3, name: title });
    // As a test does: open it, then have the button scrolled into view to click it.
    await heading.click();
    const positions = await heading.evaluate(async (element, label) => {
      const button = element.closest('details')?.querySelector(`button[aria-label="${label}"]`);
      if (!button) throw new Error('no delete button in the focus area');
      button.scrollIntoView({ block: 'center' });
      const tops: number[] = [];
      for (let frame = 0; frame < 30; frame++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        tops.push(Math.round(button.getBoundingClientRect().top));
      }
      return tops;
    }, `Slett satsingsområdet ${title}`);
    expect(new Set(positions).size, `the button's top in 30 frames: ${positions.join(', ')}`).toBe(1);
  });
});
