import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { samplePlan } from '../../core/plan/testPlan';
import { type RunningApp, startApp } from './support/app';
import { seriousAxeViolations } from './support/axe';

const SHOTS = '/tmp/shots-lifecycle';

let app: RunningApp;
let planPath: string;

beforeEach(async () => {
  app = await startApp();
  await mkdir(SHOTS, { recursive: true });
  const plansDir = join(app.dataDir, 'plans');
  await mkdir(plansDir, { recursive: true });
  planPath = join(plansDir, 'vik.planhjul.json');
  const plan = { ...samplePlan(), title: 'Trygg i Vik', municipality: { name: 'Vik' } };
  await writeFile(planPath, JSON.stringify(wrapPlanFile(plan), null, 2));
});

afterEach(async () => {
  await app?.close();
});

/** The page's clock (the lifecycle is judged on the browser's today); timers keep running. */
async function setToday(day: string) {
  await app.page.clock.setFixedTime(new Date(`${day}T10:00:00`));
}

async function openPlan() {
  const { page } = app;
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Planbibliotek' }).click();
  await page.getByRole('button', { name: 'Åpne Trygg i Vik' }).click();
  await page.getByRole('heading', { level: 1, name: 'Trygg i Vik' }).waitFor();
}

/** Goes to a page of the open plan and waits for it, so the page left is unmounted (and reads today again). */
async function goTo(name: string, heading: RegExp) {
  await app.page.getByRole('link', { name, exact: true }).first().click();
  await app.page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function storedLifecycle(): Promise<string> {
  return JSON.parse(await readFile(planPath, 'utf8')).plan.lifecycle;
}

describe('the plan lifecycle in the browser', () => {
  it('adopts a plan and counts down; past the period the overview says it expired and the wheel has the revision start', async () => {
    const { page } = app;
    await setToday('2026-03-20');
    await openPlan();
    await page.getByText('Planperioden har begynt, men planen er ikke vedtatt.').waitFor();

    await page.getByRole('button', { name: 'Registrer vedtak' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrer vedtak' });
    await dialog.waitFor();
    // Adopting with quality warnings is allowed; they are shown.
    await dialog.getByText(/^Kvalitetssjekken har \d+ advarsler\. Planen kan vedtas likevel:/).waitFor();
    await dialog.getByRole('textbox', { name: /^Vedtatt av/ }).fill('Kommunestyret');
    await dialog.getByRole('textbox', { name: /^Vedtaksdato/ }).fill('15.03.2026');
    await dialog.getByRole('textbox', { name: 'Saksnummer' }).fill('26/123');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Registrer vedtaket' }).click();

    await page.getByText('3 år og 9 måneder igjen av planperioden').waitFor();
    await page.getByText('Vedtatt av Kommunestyret 15.03.2026, sak 26/123').waitFor();
    expect(await page.getByText('Gjeldende', { exact: true }).count()).toBe(1);
    await expect.poll(storedLifecycle, { timeout: 10_000 }).toBe('adopted');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'overview-adopted.png'), fullPage: true });

    // In its last year: a warning, and the library lists it under «Går ut innen et år».
    await setToday('2029-02-01');
    await goTo('Årshjul', /^Årshjul/);
    await goTo('Oversikt', /^Trygg i Vik$/);
    await page
      .getByText('Planen går ut 31.12.2029. Start rulleringen nå, så en ny plan kan vedtas i tide.')
      .waitFor();
    await page.getByText('11 måneder igjen av planperioden').waitFor();
    await page.getByText('Planen går ut innen et år, og rulleringen er ikke startet').waitFor();

    // Past the period: the banner says it expired; the wheel of its last year starts the revision in January.
    await setToday('2030-02-01');
    await goTo('Årshjul', /^Årshjul/);
    await page.getByRole('heading', { level: 1, name: 'Årshjul 2029' }).waitFor();
    expect(await page.locator('.ph-wheel-agenda').innerText()).toContain('Start rullering av planen');
    await page.screenshot({ path: join(SHOTS, 'wheel-2029.png'), fullPage: true });
    await goTo('Oversikt', /^Trygg i Vik$/);
    await page
      .getByText('Planen gikk ut 31.12.2029. Start rullering, eller registrer et vedtak om å videreføre den.')
      .waitFor();
    expect(await page.getByText('Utløpt', { exact: true }).count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'overview-expired.png'), fullPage: true });
    // Nothing about «expired» was stored: the file still says adopted.
    expect(await storedLifecycle()).toBe('adopted');
  });

  it('shows the four-year wheel with the election, the planning strategy and the revision, without serious axe findings', async () => {
    const { page } = app;
    await setToday('2027-10-05');
    await openPlan();
    await goTo('Fireårshjul', /^Fireårshjul/);
    await page.getByRole('heading', { level: 1, name: 'Fireårshjul 2026–2029' }).waitFor();
    const list = page.locator('.ph-four-year-list');
    const text = (await list.allInnerTexts()).join('\n');
    expect(text).toContain('1. september – 30. september 2027: Kommunestyrevalg');
    expect(text).toContain('31. oktober 2028: Frist: kommunal planstrategi vedtatt');
    expect(text).toContain('1. januar – 31. desember 2029: Rullering av handlingsplanen');
    // The wheel's items are buttons; Enter on one says what it is.
    const first = page.locator('.ph-wheel-item[tabindex="0"]').first();
    await first.focus();
    await page.keyboard.press('Enter');
    await page.getByText(/^Valgt: 1 Kommunestyreperioden 2023–2027, /).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'four-year.png'), fullPage: true });
  });

  it('filters the library: expired or not adopted, and expires within a year', async () => {
    const { page } = app;
    const adopted = {
      ...samplePlan(),
      title: 'Trygg i Lom',
      municipality: { name: 'Lom' },
      lifecycle: 'adopted' as const,
      adoption: { body: 'Kommunestyret', date: '2026-03-15', caseNumber: '' },
    };
    await writeFile(join(app.dataDir, 'plans', 'lom.planhjul.json'), JSON.stringify(wrapPlanFile(adopted)));
    await setToday('2029-02-01');
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Planbibliotek' }).click();
    await page.getByRole('table').waitFor();
    const rows = () => page.getByRole('row').filter({ hasText: 'Trygg i' }).allInnerTexts();
    expect((await rows()).length).toBe(2);
    const filter = page.getByRole('combobox', { name: 'Vis' });
    await filter.selectOption('expiring');
    await expect.poll(rows).toHaveLength(1);
    expect((await rows())[0]).toContain('Trygg i Lom');
    expect((await rows())[0]).toContain('Går ut innen et år');
    expect((await rows())[0]).toContain('333 dager igjen');
    await filter.selectOption('expired');
    await expect.poll(rows).toHaveLength(1);
    expect((await rows())[0]).toContain('Trygg i Vik');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
