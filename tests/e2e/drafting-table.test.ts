import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../core/schema/plan';
import { type RunningApp, SAVED_TEXT, startApp } from './support/app';
import { seriousAxeViolations } from './support/axe';
import { findPlanFiles } from './support/planFiles';

const SHOTS = '/tmp/shots-drafting';
const KNOWN_CONSOLE_NOISE = /frame-ancestors/;
const YEAR = new Date().getFullYear() + 1;
const HELP = 'Hjelp og beskyttelse til voldsutsatte';
const PREVENTION = 'Forebygging, også tilbud til dem som utøver vold';

const HEADER =
  'Satsingsområde;Tiltak;Beskrivelse;Ansvarlig;Samarbeidspartnere;Start;Frist;Tidsrom;Status;Kommentar';
const ROWS = [
  `${HELP};Etablere konsultasjonsteam;Anonym drøfting av saker;Barneverntjenesten;NAV-kontoret;;30.06.${YEAR};;;`,
  `${HELP};Lage rutine for oppfølging etter krisesenteropphold;;NAV-kontoret;;;${YEAR}-12-31;;Pågår – i rute;`,
  `${HELP};Gi voldsutsatte et lavterskeltilbud;;Psykisk helse og rus;;;;${YEAR}-${YEAR + 2};;`,
  // The list names the area shorter and with a slip; it lands in the plan's «Forebygging, også …».
  `FOREBYGING;Arrangere en årlig uke mot vold;;Familiens hus;;;;${YEAR};;`,
  `${PREVENTION};Undervise om kjærestevold på ungdomstrinnet;;Skolene;Helsestasjon og skolehelsetjeneste;;${YEAR}-03-31;;;`,
  `Tidlig innsats;Kartlegge barn i barnehagen;;Barnehagene;;;;;;`,
];

function csv(rows: string[]): { name: string; mimeType: string; buffer: Buffer } {
  // Norwegian Excel writes Windows-1252; this file is UTF-8 with a byte-order mark, as newer Excel saves it.
  const text = `\ufeff${[HEADER, ...rows].join('\r\n')}\r\n`;
  return { name: 'tiltak.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') };
}

let app: RunningApp;

beforeEach(async () => {
  app = await startApp();
  await mkdir(SHOTS, { recursive: true });
});

afterEach(async () => {
  await app?.close();
});

async function look(name: string) {
  expect(await seriousAxeViolations(app.page)).toEqual([]);
  await app.page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

function titles() {
  return app.page
    .locator('[data-measure-row] td.ph-mt__title input')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

function numbers() {
  return app.page.locator('[data-measure-row] th').allInnerTexts();
}

async function waitUntilSaved() {
  await app.page.getByRole('status').filter({ hasText: SAVED_TEXT }).waitFor();
}

describe('measure import and table', () => {
  it('imports a measure list only when it has no bad rows, and sorts, filters, edits and reorders the table by keyboard and mouse', async () => {
    const { page } = app;
    await page.goto(app.url);
    await page.getByRole('textbox', { name: 'Kommune' }).fill('Eksempel kommune');
    await page.getByRole('button', { name: 'Opprett plan' }).click();
    await page.getByRole('link', { name: 'Skriv planen' }).click();
    await page
      .getByRole('navigation', { name: 'Steg i planarbeidet' })
      .getByRole('link', { name: /^Tiltak/ })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Tiltak', exact: true }).waitFor();

    // A file with a bad row: the preview names the line, and nothing can be imported.
    await page.getByRole('button', { name: 'Importer fra fil …' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importer tiltak fra fil' });
    await dialog.waitFor();
    const bad = [...ROWS.slice(0, 2), `${HELP};Uten gyldig frist;;Barneverntjenesten;;;31.02.${YEAR};;;`];
    await dialog.getByLabel('Velg fil').setInputFiles(csv(bad));
    await dialog.getByText(/^Linje 4: /).waitFor();
    const run = dialog.getByRole('button', { name: 'Importer (rett feilene først)' });
    expect(await run.getAttribute('aria-disabled')).toBe('true');
    await look('8a-import-feil');

    // The corrected file: new units and focus areas are named before anything changes.
    await dialog.getByLabel('Velg fil').setInputFiles(csv(ROWS));
    await dialog.getByText('6 tiltak er klare til import.').waitFor();
    await dialog.getByText('Familiens hus').first().waitFor();
    await dialog.getByText('Tidlig innsats').first().waitFor();
    // A fresh plan: the file's names are matched to the template's areas, and the ones it leaves empty go.
    await dialog.getByText(`«FOREBYGING» → ${PREVENTION}`).waitFor();
    const removed = dialog.locator('dt', { hasText: 'Tomme satsingsområder fra malen som fjernes' });
    expect(await removed.locator('xpath=following-sibling::dd').textContent()).toBe(
      'Avdekking og synliggjøring, Samarbeid og samordning av tjenestene, Kompetanse i de kommunale tjenestene',
    );
    await look('8b-import-forhandsvisning');
    await dialog.getByRole('button', { name: 'Importer 6 tiltak' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.locator('.ph-measure').count()).toBe(6);

    // The import is one undo step.
    await page.getByRole('button', { name: 'Angre', exact: true }).click();
    await expect.poll(() => page.locator('.ph-measure').count()).toBe(0);
    await page.getByRole('button', { name: 'Gjør om', exact: true }).click();
    await expect.poll(() => page.locator('.ph-measure').count()).toBe(6);

    // No empty focus areas are left beside the imported ones.
    await page
      .getByRole('navigation', { name: 'Steg i planarbeidet' })
      .getByRole('link', { name: /^Satsingsområder/ })
      .click();
    await expect
      .poll(async () => await page.locator('.ph-area-list .ph-area-details__title').allInnerTexts())
      .toEqual([`1 ${HELP}`, `2 ${PREVENTION}`, '3 Tidlig innsats']);
    await look('8c-satsingsomrader-etter-import');

    await page.getByRole('link', { name: 'Tiltakstabell' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tiltakstabell' }).waitFor();
    expect(await page.locator('[data-measure-row]').count()).toBe(6);
    expect(await numbers()).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '3.1']);
    await look('9a-tiltakstabell');

    // Sorting by any column, both ways.
    const header = (name: string) => page.getByRole('columnheader', { name }).getByRole('button');
    await header('Tiltak').click();
    expect(await page.getByRole('columnheader', { name: 'Tiltak' }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    expect((await titles())[0]).toBe('Arrangere en årlig uke mot vold');
    await header('Tiltak').click();
    expect((await titles())[0]).toBe('Undervise om kjærestevold på ungdomstrinnet');
    await header('Frist').click();
    expect(await numbers()).toEqual(['2.2', '1.1', '1.2', '2.1', '1.3', '3.1']);
    await header('Siste status').click();
    expect((await numbers())[0]).toBe('1.2');
    await header('Nr.').click();

    // Filters: focus area, deadline, status, owner.
    const count = page.getByRole('status').filter({ hasText: /^Viser/ });
    await page.getByRole('combobox', { name: 'Satsingsområde' }).selectOption({ label: `2. ${PREVENTION}` });
    await count.filter({ hasText: 'Viser 2 av 6 tiltak.' }).waitFor();
    await page.getByRole('button', { name: 'Nullstill filtre' }).click();
    await page.getByRole('combobox', { name: 'Frist' }).selectOption({ label: 'Uten frist eller tidsrom' });
    expect(await numbers()).toEqual(['3.1']);
    await page.getByRole('combobox', { name: 'Frist' }).selectOption({ label: 'Alle' });
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Pågår – i rute' });
    expect(await numbers()).toEqual(['1.2']);
    await page.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'Alle' });
    await page.getByRole('combobox', { name: 'Ansvarlig', exact: true }).selectOption({ label: 'Skolene' });
    expect(await numbers()).toEqual(['2.2']);
    await look('9b-tiltakstabell-filter');
    await page.getByRole('button', { name: 'Nullstill filtre' }).click();
    await count.filter({ hasText: 'Viser 6 av 6 tiltak.' }).waitFor();

    // Reorder by keyboard: the move button keeps focus on the measure it moved.
    await page.getByRole('button', { name: 'Flytt tiltak 1.2 opp' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(titles)
      .toEqual([
        'Lage rutine for oppfølging etter krisesenteropphold',
        'Etablere konsultasjonsteam',
        'Gi voldsutsatte et lavterskeltilbud',
        'Arrangere en årlig uke mot vold',
        'Undervise om kjærestevold på ungdomstrinnet',
        'Kartlegge barn i barnehagen',
      ]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Flytt tiltak 1.1 opp',
    );
    // Alt+ArrowDown in a row moves it down again; focus stays in its title field.
    await page.getByRole('textbox', { name: 'Tittel på tiltak 1.1' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(async () => (await titles())[1])
      .toBe('Lage rutine for oppfølging etter krisesenteropphold');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Tittel på tiltak 1.2',
    );

    // Reorder by mouse: drag the handle of 1.3 onto 1.1.
    const row = (n: string) =>
      page.locator('[data-measure-row]').filter({ has: page.getByRole('rowheader', { name: n }) });
    await row('1.3').locator('.ph-mt__handle').dragTo(row('1.1'));
    await expect.poll(async () => (await titles())[0]).toBe('Gi voldsutsatte et lavterskeltilbud');

    // Inline edits: title, owner, deadline.
    const title = page.getByRole('textbox', { name: 'Tittel på tiltak 2.1' });
    await title.fill('Arrangere en årlig uke mot vold i nære relasjoner');
    await title.press('Enter');
    await page
      .getByRole('combobox', { name: 'Ansvarlig for tiltak 3.1' })
      .selectOption({ label: 'Barnehagene' });
    const deadline = page.getByRole('textbox', { name: 'Frist for tiltak 3.1' });
    await deadline.fill(`${YEAR + 1}-05-31`);
    await deadline.blur();
    await look('9c-tiltakstabell-endret');

    await waitUntilSaved();
    const [file] = await findPlanFiles(app.dataDir);
    const { plan } = JSON.parse(await readFile(file as string, 'utf8')) as { plan: Plan };
    const inHelp = plan.measures.filter((m) => m.focusAreaId === plan.focusAreas[0]?.id).map((m) => m.title);
    expect(inHelp).toEqual([
      'Gi voldsutsatte et lavterskeltilbud',
      'Etablere konsultasjonsteam',
      'Lage rutine for oppfølging etter krisesenteropphold',
    ]);
    expect(plan.measures.some((m) => m.title === 'Arrangere en årlig uke mot vold i nære relasjoner')).toBe(
      true,
    );
    const early = plan.measures.find((m) => m.title === 'Kartlegge barn i barnehagen');
    expect(early?.deadline).toBe(`${YEAR + 1}-05-31`);
    expect(plan.units.find((u) => u.id === early?.leadOwnerUnitId)?.name).toBe('Barnehagene');
    expect(plan.units.some((u) => u.name === 'Familiens hus')).toBe(true);

    // Still there after a reload.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tiltakstabell' }).waitFor();
    expect((await titles())[0]).toBe('Gi voldsutsatte et lavterskeltilbud');
    expect(app.pageErrors.filter((message) => !KNOWN_CONSOLE_NOISE.test(message))).toEqual([]);
  }, 300_000);
});
