import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type RunningApp, SAVED_TEXT, startApp } from './support/app';
import { seriousAxeViolations } from './support/axe';
import { findPlanFiles } from './support/planFiles';

const SHOTS = '/tmp/shots-workshop';
const PLAN_TITLE = 'Handlingsplan mot vold i nære relasjoner';

interface StoredPlan {
  plan: {
    units: { id: string; name: string }[];
    focusAreas: { id: string; title: string }[];
    measures: {
      id: string;
      title: string;
      leadOwnerUnitId?: string;
      deadline?: string;
      focusAreaId: string;
    }[];
    workshopIdeas: {
      id: string;
      text: string;
      group: string;
      votes: number;
      convertedToMeasureId?: string;
    }[];
  };
}

let app: RunningApp;

beforeEach(async () => {
  app = await startApp();
  await mkdir(SHOTS, { recursive: true });
});

afterEach(async () => {
  await app?.close();
});

async function openWorkshop(page: Page) {
  await page.goto(app.url);
  await page.getByRole('textbox', { name: 'Kommune' }).fill('Fauske');
  await page.getByRole('button', { name: 'Opprett plan' }).click();
  await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
  await page.getByRole('link', { name: 'Verksted' }).click();
  await page.getByRole('heading', { level: 1, name: 'Verksted' }).waitFor();
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, matches: (el: Element) => boolean, max = 80, backwards = false) {
  for (let n = 0; n < max; n++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error('Tab never reached the wanted element');
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      label: el?.getAttribute('aria-label') ?? '',
      ideaId: el?.getAttribute('data-idea-id') ?? null,
      value: (el as HTMLInputElement | null)?.value ?? '',
    };
  });

async function storedPlan(): Promise<StoredPlan> {
  const [file] = await findPlanFiles(app.dataDir);
  return JSON.parse(await readFile(file as string, 'utf8'));
}

async function waitUntilSaved(page: Page) {
  await page.getByRole('status').filter({ hasText: SAVED_TEXT }).first().waitFor();
}

describe('workshop mode', () => {
  it('captures, groups, votes and converts ideas with the keyboard only, and keeps them in the plan', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1600, height: 1000 });
    await openWorkshop(page);

    // From the page heading, Tab to the idea field; type ideas, each ended by Enter, without leaving the field.
    await tabTo(
      page,
      (el) => (el.getAttribute('aria-describedby') ?? '').length > 0 && el.tagName === 'INPUT',
    );
    const ideaField = page.getByRole('textbox', { name: /^Ny idé til 1\./ });
    expect(await ideaField.evaluate((el) => el === document.activeElement)).toBe(true);
    for (const text of [
      'Felles kurs for skole og barnehage',
      'Ringe tilbake innen en uke',
      'Kampanje i uke 7',
    ]) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    }
    expect(await focused(page)).toMatchObject({ tag: 'INPUT', value: '' });
    await expect.poll(() => page.locator('[data-idea-id]').count()).toBe(3);

    // To the first card: three dots, then select it and put it in the group «Kurs».
    await tabTo(page, (el) => el.hasAttribute('data-idea-id'));
    expect((await focused(page)).label).toMatch(/^Felles kurs for skole og barnehage\. Ingen stemmer/);
    const courseId = (await focused(page)).ideaId;
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await page.keyboard.press('-');
    await page.keyboard.press('+');
    await expect.poll(async () => (await focused(page)).label).toMatch(/3 stemmer/);
    await page.keyboard.press(' ');
    await page.keyboard.press('g');
    expect((await focused(page)).label).toBe('');
    await page.keyboard.type('Kurs');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: /^Kurs \(1\)/ }).waitFor();
    await expect.poll(async () => (await focused(page)).ideaId).toBe(courseId);

    // Alt+← takes it back out of the group, Alt+→ puts it in again; focus follows the card.
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => page.getByRole('heading', { level: 3, name: /^Kurs/ }).count()).toBe(0);
    await expect.poll(async () => (await focused(page)).ideaId).toBe(courseId);
    await page.keyboard.press('ArrowDown');
    const callId = (await focused(page)).ideaId;
    expect(callId).not.toBe(courseId);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press(' ');
    await page.keyboard.press('g');
    await page.keyboard.type('Kurs');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: /^Kurs \(1\)/ }).waitFor();
    await expect.poll(async () => (await focused(page)).ideaId).toBe(courseId);

    // T: the dialog asks for the owner (a new unit here) and the deadline there and then.
    await page.keyboard.press('t');
    const dialog = page.getByRole('dialog', { name: 'Gjør ideen til tiltak' });
    await dialog.waitFor();
    await expect.poll(async () => (await focused(page)).value).toBe('Felles kurs for skole og barnehage');
    await page.keyboard.press('Tab'); // focus area, already this board's
    await page.keyboard.press('Tab'); // owner
    await page.keyboard.type('Ny enhet');
    expect(await dialog.getByRole('combobox', { name: 'Ansvarlig enhet' }).inputValue()).toBe('__new');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Oppvekstetaten');
    await page.keyboard.press('Tab');
    await page.keyboard.type('31.12.2027');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).label).toMatch(/Tiltak 1\.1\.$/);

    // The second idea becomes a measure of an existing unit, chosen by typing its name; no deadline yet.
    // Up past «Kampanje i uke 7» (the ideas without a group come first on the board).
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).ideaId).toBe(callId);
    await page.keyboard.press('t');
    await dialog.waitFor();
    await expect.poll(async () => (await focused(page)).value).toBe('Ringe tilbake innen en uke');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Legevakt');
    await page.keyboard.press('Tab'); // the deadline, left open
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).label).toMatch(/Tiltak 1\.2\.$/);

    await waitUntilSaved(page);
    const saved = await storedPlan();
    const unitName = (id?: string) => saved.plan.units.find((u) => u.id === id)?.name;
    expect(saved.plan.measures.map((m) => [m.title, unitName(m.leadOwnerUnitId), m.deadline])).toEqual([
      ['Felles kurs for skole og barnehage', 'Oppvekstetaten', '2027-12-31'],
      ['Ringe tilbake innen en uke', expect.stringMatching(/^Legevakt/), undefined],
    ]);
    const ideas = Object.fromEntries(saved.plan.workshopIdeas.map((i) => [i.text, i]));
    expect(ideas['Felles kurs for skole og barnehage']).toMatchObject({
      group: 'Kurs',
      votes: 3,
      convertedToMeasureId: saved.plan.measures[0]!.id,
    });
    expect(ideas['Kampanje i uke 7']).toMatchObject({ group: '', votes: 0 });
    expect(ideas['Kampanje i uke 7']?.convertedToMeasureId).toBeUndefined();

    // Ctrl+Z on the board undoes the last conversion; Ctrl+Y brings it back.
    await page.keyboard.press('Control+Z');
    await expect.poll(() => page.getByText('Tiltak 1.2', { exact: true }).count()).toBe(0);
    await page.keyboard.press('Control+Y');
    await page.getByText('Tiltak 1.2', { exact: true }).waitFor();

    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'workshop-board.png'), fullPage: true });

    // Nothing from the workshop is lost: after a reload the board is as it was.
    await waitUntilSaved(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Verksted' }).waitFor();
    await page.getByRole('heading', { level: 3, name: /^Kurs \(1\)/ }).waitFor();
    expect(await page.locator('[data-idea-id]').count()).toBe(3);
    expect(app.pageErrors.filter((e) => !/frame-ancestors/.test(e))).toEqual([]);
  });

  it('runs the agenda with a timer, has a high-contrast mode that axe finds clean, and gives a handout', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1920, height: 1080 });
    // A clock the test can move on, so a session's end comes without waiting 25 minutes.
    await page.clock.install();
    await openWorkshop(page);
    const field = page.getByRole('textbox', { name: /^Ny idé til 1\./ });
    for (const text of ['Faste samarbeidsmøter med politiet', 'Felles rutine for bekymringsmeldinger']) {
      await field.fill(text);
      await field.press('Enter');
    }

    // Sessions: choose «Tiltak», start its timer, pause; the clock holds and says it is paused.
    await page.getByRole('button', { name: /^5 Tiltak 25 min/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Tiltak' }).waitFor();
    expect(await page.getByRole('timer').textContent()).toBe('25:00');
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await page.getByRole('button', { name: 'Fortsett', exact: true }).waitFor();
    await page.getByText(/^Pause – \d\d:\d\d igjen$/).waitFor();

    // Time out: said politely in the app's status region, and shown on the clock.
    await page.getByRole('button', { name: 'Fortsett', exact: true }).click();
    await page.clock.fastForward('25:30');
    await page.getByText('Tiden er ute for økten «Tiltak».').waitFor({ state: 'attached' });
    expect(await page.getByRole('timer').textContent()).toBe('00:00');
    await page.getByText('Tiden er ute.', { exact: true }).waitFor();
    const live = page
      .locator('[role="status"][aria-live="polite"]')
      .filter({ hasText: 'Tiden er ute for økten' });
    expect(await live.count()).toBe(1);
    await page.getByRole('button', { name: 'Nullstill', exact: true }).click();
    expect(await page.getByRole('timer').textContent()).toBe('25:00');

    // Ideas can be dragged into a new group.
    await page
      .locator('[data-idea-id]')
      .filter({ hasText: 'Felles rutine for bekymringsmeldinger' })
      .dragTo(page.getByRole('region', { name: 'Dra ideer hit for å lage en ny gruppe.' }));
    await page.getByRole('heading', { level: 3, name: /^Gruppe 1 \(1\)/ }).waitFor();

    // Minutes can be changed; a session of 0 minutes cannot be started.
    await page.getByRole('button', { name: 'Endre tidene' }).click();
    await page.getByRole('textbox', { name: 'Minutter til Tiltak' }).fill('30');
    await page.getByRole('heading', { name: 'Agenda (95 min)' }).waitFor();
    expect(await page.getByRole('timer').textContent()).toBe('30:00');
    await page.getByRole('button', { name: 'Ferdig' }).click();

    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'workshop-normal.png'), fullPage: false });

    // Full screen: the app's header steps aside; save state and undo come into the workshop's own bar.
    await page.getByRole('button', { name: 'Fullskjerm' }).click();
    await page.getByRole('button', { name: 'Avslutt fullskjerm' }).waitFor();
    expect(await page.evaluate(() => document.fullscreenElement === document.documentElement)).toBe(true);
    expect(await page.locator('.ph-header').isVisible()).toBe(false);
    await page.locator('.ph-workshop').getByRole('button', { name: 'Angre', exact: true }).waitFor();

    await page.getByRole('switch', { name: 'Høy kontrast' }).check();
    await page.locator('.ph-workshop[data-contrast]').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    const colours = await page
      .locator('.ph-workshop')
      .evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]);
    expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
    await page.screenshot({ path: join(SHOTS, 'workshop-contrast.png'), fullPage: false });
    await page.screenshot({ path: join(SHOTS, 'workshop-contrast-full.png'), fullPage: true });
    await page.getByRole('button', { name: 'Avslutt fullskjerm' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(await page.locator('.ph-header').isVisible()).toBe(true);

    // The quality session lists what is still open.
    await page.getByRole('button', { name: /^7 Kvalitetssjekk/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Kvalitetssjekk' }).waitFor();

    // The handout: a Word file with the draft by owner and the open questions.
    await page.getByText(SAVED_TEXT).first().waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Utdelingsark (Word)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('handlingsplan-mot-vold-i-nære-relasjoner-verksted.docx');
    const saved = join(SHOTS, 'handout-from-browser.docx');
    await file.saveAs(saved);
    const { value } = await mammoth.extractRawText({ path: saved });
    expect(value).toContain('Arbeidsverksted: Handlingsplan mot vold i nære relasjoner');
    expect(value).toContain('Faste samarbeidsmøter med politiet (0 stemmer)');
  });
});
