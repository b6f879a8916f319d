import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { PlanFile } from '../../core/schema/planFile';
import { fillStatusForm } from '../../electron/export/statusForms/testing/fillForm';
import { leadershipSummary } from '../../renderer/features/leadership/leadershipSummary';
import { nationalStylePlan } from '../support/nationalStylePlan';
import { type RunningApp, SAVED_TEXT } from './support/app';
import { seriousAxeViolations } from './support/axe';
import { closeOpenedPlans, goToPage, openPlanFile } from './support/openPlanFile';
import { findPlanFiles } from './support/planFiles';

const SHOTS = '/tmp/shots-followup';
const PLAN_TITLE = 'Handlingsplan mot vold i nære relasjoner 2026–2029';
const NEXT_TITLE = 'Handlingsplan mot vold i nære relasjoner 2030–2033';
/** Chromium warns that a <meta> CSP cannot set frame-ancestors; the server sends it as a header too. */
const KNOWN_CONSOLE_NOISE = /frame-ancestors/;

let app: RunningApp | undefined;
let dataDir: string | undefined;

afterEach(closeOpenedPlans);

/** The browser mode on a data folder holding the national-style example plan, opened from the start page. */
async function openExample(options: { endOfPlan?: boolean } = {}): Promise<Page> {
  await mkdir(SHOTS, { recursive: true });
  let page: Page;
  ({ app, page, dataDir } = await openPlanFile(nationalStylePlan(options), 'fjordvik', PLAN_TITLE));
  return page;
}

async function shot(page: Page, name: string, fullPage = true) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

async function expectAxeClean(page: Page) {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

async function waitUntilSaved(page: Page) {
  await page.getByRole('status').filter({ hasText: SAVED_TEXT }).waitFor();
}

/** The five large figures of the leadership view, by light name. */
async function tileValues(page: Page): Promise<Record<string, number>> {
  const tiles = page.locator('.ph-tile');
  await tiles.first().waitFor();
  const result: Record<string, number> = {};
  for (const tile of await tiles.all()) {
    const name = ((await tile.locator('.ph-tile__name').textContent()) ?? '').trim();
    result[name] = Number(await tile.locator('.ph-tile__value').textContent());
  }
  return result;
}

const LIGHT_NAMES = {
  blue: 'Gjennomført',
  green: 'I rute',
  yellow: 'Risiko / endret',
  red: 'Forsinket / avsluttet',
  grey: 'Ikke startet / uten rapport',
} as const;

async function progressText(page: Page): Promise<string> {
  return ((await page.locator('.ph-round-progress__figure').textContent()) ?? '').trim();
}

/** The measure view's section with the report for the chosen period. */
function reportSection(page: Page) {
  return page.getByRole('region', { name: /^(Rapport for|Korriger rapporten for) / });
}

async function openMeasure(page: Page, label: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: label }).waitFor();
}

async function backToRound(page: Page) {
  await page.getByRole('button', { name: 'Tilbake til statusrunden' }).click();
  await page.getByRole('heading', { level: 1, name: 'Statusrunde' }).waitFor();
}

describe('follow-up', () => {
  it('runs a status round from reports and a filled-in form to the leadership view', async () => {
    const page = await openExample();

    // The leadership view before the round: latest reports up to 1. tertial 2027.
    await goToPage(page, 'Ledelsens oversikt', 'Status per 1. tertial 2027');
    const before = await tileValues(page);
    const expectedBefore = leadershipSummary(nationalStylePlan(), '2027-T1').lights;
    expect(before).toEqual(
      Object.fromEntries(
        Object.entries(LIGHT_NAMES).map(([light, name]) => [name, expectedBefore[light as 'blue']]),
      ),
    );
    await page.getByRole('heading', { level: 2, name: /^Trenger beslutning \(\d+\)$/ }).waitFor();
    await expectAxeClean(page);

    // The round for 2. tertial 2027: nothing reported yet.
    await goToPage(page, 'Statusrunde', 'Statusrunde');
    await page
      .getByRole('combobox', { name: 'Rapporteringsperiode' })
      .selectOption({ label: '2. tertial 2027' });
    await page.getByRole('heading', { level: 2, name: 'Framdrift for 2. tertial 2027' }).waitFor();
    await expect.poll(() => progressText(page)).toBe('0 av 33 tiltak har rapportert');
    await page.getByRole('list', { name: 'Mangler rapport: Barneverntjenesten' }).waitFor();
    await expectAxeClean(page);
    await shot(page, 'status-round-start');

    // A check names a measure whose deadline has passed and leads to a report with «Forsinket» chosen.
    const checks = page.locator('.ph-finding').filter({ hasText: '3.4 Handlingsveileder for skolene' });
    await checks.getByText('Fristen har passert').waitFor();
    await checks.getByRole('button', { name: /^Sett status «Forsinket»/ }).click();
    await page
      .getByRole('heading', { level: 1, name: '3.4 Handlingsveileder for skolene ved mistanke om vold' })
      .waitFor();
    expect(await page.getByRole('radio', { name: 'Forsinket' }).isChecked()).toBe(true);
    await page
      .getByRole('textbox', { name: 'Begrunnelse' })
      .fill('Skolene fikk veilederen på høring først i juni.');
    await page.getByRole('button', { name: 'Lagre rapporten' }).click();
    await page.getByRole('heading', { level: 2, name: 'Rapport for 2. tertial 2027' }).waitFor();
    await reportSection(page).getByText('Skolene fikk veilederen').waitFor();
    await backToRound(page);
    await expect.poll(() => progressText(page)).toBe('1 av 33 tiltak har rapportert');

    // A report typed in: «Gjennomført» after the deadline shows as «Gjennomført etter frist».
    await openMeasure(page, '1.2 Tilby bolig raskt til voldsutsatte som ikke kan flytte hjem');
    await page.getByText('Forrige rapport (1. tertial 2027):').waitFor();
    await page.getByRole('radio', { name: 'Gjennomført', exact: true }).check();
    await page.getByRole('textbox', { name: 'Status per dato' }).fill('2027-08-20');
    await page.getByText('Rapporten vises derfor som «Gjennomført etter frist».').waitFor();
    await page.getByRole('textbox', { name: 'Hva er gjort i perioden' }).fill('Ti boliger er tatt i bruk.');
    await page
      .getByRole('checkbox', {
        name: 'Tiltaket trenger en beslutning fra politisk eller administrativ ledelse',
      })
      .check();
    await page.getByRole('button', { name: 'Lagre rapporten' }).click();
    await page.getByText('Skriv hva som må besluttes, eller fjern haken.').waitFor();
    await page.getByRole('textbox', { name: 'Hva må besluttes?' }).fill('Drift av boligene fra 2028.');
    await page.getByRole('textbox', { name: 'Rapportert av' }).fill('Jonas Lie');
    await page.getByRole('button', { name: 'Lagre rapporten' }).click();
    const report = reportSection(page);
    await report.getByText('Gjennomført etter frist').waitFor();
    await expectAxeClean(page);

    // A correction is a new entry pointing to the old one; the old one stays in the history.
    await report.getByRole('button', { name: 'Korriger', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Korriger rapporten for 2. tertial 2027' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Hva er gjort i perioden' }).inputValue()).toBe(
      'Ti boliger er tatt i bruk.',
    );
    await page.getByRole('textbox', { name: 'Hva er gjort i perioden' }).fill('Tolv boliger er tatt i bruk.');
    await page.getByRole('button', { name: 'Lagre korrigeringen' }).click();
    const history = page.locator('.ph-history-list');
    await history.getByText(/^Korrigerer rapport fra \d+\. \p{L}+ \d{4}$/u).waitFor();
    await history.getByText(/^Erstattet av en korrigering fra /).waitFor();
    expect(await history.locator('.ph-history-entry').count()).toBe(6);
    await expectAxeClean(page);
    await shot(page, 'status-measure-history');
    await backToRound(page);

    // A reason is required for «Avsluttet – ikke gjennomført»; the report can be undone.
    await openMeasure(page, '2.7 Kjærestevold: kampanje for videregående');
    await page.getByRole('radio', { name: 'Avsluttet – ikke gjennomført' }).check();
    await page.getByRole('button', { name: 'Lagre rapporten' }).click();
    await page.getByText('Skriv en begrunnelse. Den kreves for denne statusen.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await page
      .getByRole('textbox', { name: 'Begrunnelse (må fylles ut)' })
      .fill('Erstattes av et nasjonalt opplegg.');
    await page.getByRole('button', { name: 'Lagre rapporten' }).click();
    await page
      .locator('.ph-status-measure .ph-section')
      .first()
      .getByText('Avsluttet – ikke gjennomført')
      .waitFor();
    await backToRound(page);
    await expect.poll(() => progressText(page)).toBe('3 av 33 tiltak har rapportert');
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await expect.poll(() => progressText(page)).toBe('2 av 33 tiltak har rapportert');
    await page.getByRole('button', { name: 'Gjør om', exact: true }).click();
    await expect.poll(() => progressText(page)).toBe('3 av 33 tiltak har rapportert');

    // Barneverntjenesten's form goes out; 5.2 is reported here first, so the form's row conflicts.
    await openMeasure(page, '5.2 Opplæring i samtaler med barn (Snakke med barn)');
    await page.getByRole('radio', { name: 'Pågår – i rute' }).check();
    await page.getByRole('button', { name: 'Lagre rapporten' }).click();
    await reportSection(page).getByText('Pågår – i rute').waitFor();
    await backToRound(page);
    await waitUntilSaved(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lag skjema: Barneverntjenesten' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Statusskjema 2027-T2 - Barneverntjenesten.xlsx');
    const formPath = join(dataDir as string, 'form.xlsx');
    await download.saveAs(formPath);
    await page.getByRole('link', { name: 'Statusskjema 2027-T2 - Barneverntjenesten.xlsx' }).waitFor();
    const exported = new Uint8Array(await readFile(formPath));

    // Forms for every owner at once come as one zip, not twelve downloads.
    const zipping = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lag skjema til alle 12 enhetene' }).click();
    const zipDownload = await zipping;
    expect(zipDownload.suggestedFilename()).toBe('Statusskjemaer 2027-T2.zip');
    await page.locator('.ph-delivered').getByText('12 statusskjemaer er klare.').waitFor();
    await page.getByRole('link', { name: 'Statusskjemaer 2027-T2.zip' }).waitFor();
    const zipPath = join(dataDir as string, 'forms.zip');
    await zipDownload.saveAs(zipPath);
    const zipped = await JSZip.loadAsync(await readFile(zipPath));
    const names = Object.keys(zipped.files);
    expect(names).toHaveLength(12);
    expect(names).toContain('Statusskjema 2027-T2 - Barneverntjenesten.xlsx');

    // A form with a status outside the list is refused with its row named, and nothing is added.
    const wrong = await fillStatusForm(exported, { '4.3': { Status: 'Nesten ferdig' } });
    const fileInput = page.getByLabel('Velg et utfylt statusskjema (.xlsx)');
    await fileInput.setInputFiles({
      name: 'feil.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(wrong),
    });
    const problems = page.locator('.ph-import-preview [data-color="danger"]');
    await problems.getByText(/Skjemaet har 1 feil og kan ikke leses inn/).waitFor();
    expect(await problems.locator('li').allInnerTexts()).toEqual([
      expect.stringMatching(/^Rad \d+ \(tiltak 4\.3\): «Nesten ferdig» er ikke en status/),
    ]);
    expect(await page.getByRole('button', { name: /^Legg inn/ }).count()).toBe(0);
    await expectAxeClean(page);
    await page.getByRole('button', { name: 'Lukk forhåndsvisningen' }).click();

    const filled = await fillStatusForm(exported, {
      '4.3': {
        Status: 'Forsinket',
        'Beskrivelse (hva er gjort)': 'Avtalen venter på Statens barnehus.',
        Begrunnelse: 'Barnehuset har ny leder og har utsatt møtet.',
      },
      '4.5': { Status: 'Pågår – i rute', 'Beskrivelse (hva er gjort)': 'Koordinator er ansatt.' },
      '5.2': { Status: 'Pågår – risiko', 'Beskrivelse (hva er gjort)': 'Få har fullført kurset.' },
    });
    await fileInput.setInputFiles({
      name: 'Statusskjema Barneverntjenesten utfylt.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(filled),
    });
    const preview = page.locator('.ph-import-preview');
    await preview
      .getByRole('heading', { name: 'Forhåndsvisning av Statusskjema Barneverntjenesten utfylt.xlsx' })
      .waitFor();
    await preview.getByText('3 rapporter blir lagt inn').waitFor();
    const conflict = preview.getByRole('group', {
      name: '5.2 Opplæring i samtaler med barn (Snakke med barn) har allerede en rapport for perioden. Hva vil du gjøre?',
    });
    await conflict.waitFor();
    await expectAxeClean(page);
    await shot(page, 'status-import-preview');

    // Every conflict needs a choice before anything is added.
    await preview.getByRole('button', { name: 'Legg inn 3 rapporter' }).click();
    await conflict.getByText('Velg hva som skal skje med denne rapporten.').waitFor();
    await conflict.getByRole('radio', { name: 'Legg til skjemaets rapport som en korrigering' }).check();
    await preview.getByRole('button', { name: 'Legg inn 3 rapporter' }).click();
    await page
      .getByText('Skjemaet er lest inn. Nye rapporter: 2. Korrigeringer: 1. Beholdt uendret: 0.', {
        exact: false,
      })
      .first()
      .waitFor();
    await expect.poll(() => progressText(page)).toBe('6 av 33 tiltak har rapportert');
    await waitUntilSaved(page);
    await shot(page, 'status-round-after-import');

    // The leadership view follows: it now shows 2. tertial 2027, with the counts the saved plan gives.
    await goToPage(page, 'Ledelsens oversikt', 'Status per 2. tertial 2027');
    const [planPath] = await findPlanFiles(dataDir as string);
    const saved = PlanFile.parse(JSON.parse(await readFile(planPath as string, 'utf8'))).plan;
    const expectedAfter = leadershipSummary(saved, '2027-T2').lights;
    const after = await tileValues(page);
    expect(after).toEqual(
      Object.fromEntries(
        Object.entries(LIGHT_NAMES).map(([light, name]) => [name, expectedAfter[light as 'blue']]),
      ),
    );
    expect(after).not.toEqual(before);
    // 1.2 went from «Forsinket» to completed; 2.7 was stopped.
    expect(after[LIGHT_NAMES.blue]).toBe((before[LIGHT_NAMES.blue] ?? 0) + 1);
    await page.getByText('6 av 33 tiltak har rapportert for 2. tertial 2027.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Endret eller avsluttet i 2. tertial 2027' }).waitFor();
    await expectAxeClean(page);
    await shot(page, 'leadership');
    await shot(page, 'leadership-first-screen', false);

    // Click through to a measure's history, read-only, with the correction marked.
    const decisions = page.getByRole('list', { name: /^Trenger beslutning/ });
    await decisions
      .getByRole('button', { name: '1.2 Tilby bolig raskt til voldsutsatte som ikke kan flytte hjem' })
      .click();
    const dialog = page.getByRole('dialog', {
      name: '1.2 Tilby bolig raskt til voldsutsatte som ikke kan flytte hjem',
    });
    await dialog.getByText(/^Korrigerer rapport fra /).waitFor();
    await dialog.getByText('Tolv boliger er tatt i bruk.').waitFor();
    expect(await dialog.getByRole('button', { name: /^Korriger/ }).count()).toBe(0);
    // Contrast is measured once the dialog has faded in.
    await dialog.evaluate((element) =>
      Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)),
    );
    await expectAxeClean(page);
    await shot(page, 'leadership-history', false);
    await dialog.getByRole('button', { name: 'Lukk historikken' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The trend has a table with the same numbers as the chart.
    await page.getByText('Vis tallene som tabell').click();
    const trendRows = page.locator('.ph-trend__table tbody tr');
    expect(await trendRows.count()).toBe(5);
    expect(await trendRows.last().locator('th').textContent()).toBe('2. tertial 2027');

    // Meeting layout: no app header or editing controls, larger type; Escape leaves it.
    await page.getByRole('switch', { name: 'Møtevisning' }).check();
    await expect.poll(() => page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Angre', exact: true }).isVisible()).toBe(false);
    await expectAxeClean(page);
    await shot(page, 'leadership-meeting', false);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('banner').isVisible()).toBe(true);

    expect(app?.pageErrors.filter((message) => !KNOWN_CONSOLE_NOISE.test(message))).toEqual([]);
  });

  it('revises the plan at the end of the period and leaves the old one archived', async () => {
    const page = await openExample({ endOfPlan: true });
    await goToPage(page, 'Rullering', 'Rullering av planen');
    await page.getByRole('heading', { level: 3, name: 'Videreføres i ny plan (20)' }).waitFor();
    await page.getByRole('heading', { level: 3, name: /^Gjennomført \(\d+\)$/ }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Uten sluttstatus (0)' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Tittel på den nye planen' }).inputValue()).toBe(
      NEXT_TITLE,
    );
    await expectAxeClean(page);
    await shot(page, 'revision');

    await page.getByRole('textbox', { name: 'Første år' }).fill('2026');
    await page.getByRole('button', { name: 'Rullér planen' }).click();
    await page.getByText('Den nye planen må begynne etter 2026.').waitFor();
    await page.getByRole('textbox', { name: 'Første år' }).fill('2030');
    await page.getByRole('button', { name: 'Rullér planen' }).click();

    await page.getByRole('heading', { level: 1, name: NEXT_TITLE }).waitFor();
    await page.getByText('Planen har 20 tiltak til sammen.').waitFor();
    const files = await findPlanFiles(dataDir as string);
    expect(files).toHaveLength(2);
    const plans = await Promise.all(
      files.map(async (path) => PlanFile.parse(JSON.parse(await readFile(path, 'utf8'))).plan),
    );
    const old = plans.find((p) => p.title === PLAN_TITLE);
    const next = plans.find((p) => p.title === NEXT_TITLE);
    expect(old?.lifecycle).toBe('expired');
    expect(next?.previousPlan?.id).toBe(old?.id);
    expect(next?.measures.every((m) => m.carriedFrom?.planId === old?.id)).toBe(true);

    // The old plan, opened again, shows as archived: its history can be read but nothing added.
    await page.getByRole('button', { name: 'Lukk planen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Velkommen til Planhjulet' }).waitFor();
    await page.getByRole('button', { name: /^Åpne fjordvik/ }).click();
    await page.getByRole('heading', { level: 1, name: PLAN_TITLE }).waitFor();
    await goToPage(page, 'Rullering', 'Rullering av planen');
    await page.getByText('Planen er rullert og arkivert').waitFor();
    expect(await page.getByRole('button', { name: 'Rullér planen' }).count()).toBe(0);
    await expectAxeClean(page);
    await goToPage(page, 'Statusrunde', 'Statusrunde');
    await page.getByText('Planen er rullert og arkivert.', { exact: false }).first().waitFor();
    expect(await page.getByLabel('Velg et utfylt statusskjema (.xlsx)').count()).toBe(0);
    await openMeasure(page, '1.2 Tilby bolig raskt til voldsutsatte som ikke kan flytte hjem');
    await page.getByRole('heading', { level: 2, name: 'Historikk' }).waitFor();
    expect(await page.getByRole('button', { name: /^(Lagre rapporten|Korriger)/ }).count()).toBe(0);
    await expectAxeClean(page);
    await shot(page, 'archived-measure');
  });
});
