import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { removePartnerMunicipality } from '../../core/municipalities/edits';
import { interMunicipalPlan } from '../support/interMunicipalPlan';
import { readWord } from '../support/wordDocument';
import { seriousAxeViolations } from './support/axe';
import { closeOpenedPlans, goToPage, openPlanFile } from './support/openPlanFile';

const SHOTS = '/tmp/shots-crisis';
const TITLE = /^Felles handlingsplan mot vold i nære relasjoner i Fjordregionen/;

let dataDir: string | undefined;

afterEach(closeOpenedPlans);

/** The IKS host Fjordvik and two partners, Nesøy and Holmvik, with one shared plan. */
async function openSharedPlan(): Promise<Page> {
  let plan = interMunicipalPlan();
  plan = removePartnerMunicipality(removePartnerMunicipality(plan, 'Stavnes kommune'), 'Lundøy kommune');
  await mkdir(SHOTS, { recursive: true });
  let page: Page;
  ({ page, dataDir } = await openPlanFile(plan, 'fjordregionen', TITLE));
  return page;
}

/**
 * Makes every form of the chosen municipality and returns the forms' file names: from the one zip when there are
 * several, from the link when there is one.
 */
async function formsFor(page: Page, municipality: string): Promise<string[]> {
  await page.getByRole('combobox', { name: 'Kommune' }).selectOption(municipality);
  const all = page.getByRole('button', { name: /^Lag skjema til (alle \d+ enhetene|1 enhet)$/ });
  // The button promises as many forms as the municipality gets.
  const promised = Number(/\d+/.exec((await all.textContent()) ?? '')?.[0]);
  const downloading = page.waitForEvent('download');
  await all.click();
  const download = await downloading;
  await page.locator('.ph-delivered__list').waitFor();
  let names = [download.suggestedFilename()];
  if (promised > 1) {
    const zipPath = join(dataDir as string, download.suggestedFilename());
    await download.saveAs(zipPath);
    names = Object.keys((await JSZip.loadAsync(await readFile(zipPath))).files);
  }
  expect(names).toHaveLength(promised);
  return names.sort();
}

async function reportFor(page: Page, municipality: string) {
  await goToPage(page, 'Dokumenter', 'Word-dokumenter');
  await page.getByRole('button', { name: 'Lag framdriftsrapport' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lag Word-dokument' });
  await dialog.waitFor();
  await dialog.getByRole('combobox', { name: 'Rapporteringsperiode' }).selectOption('2026-T3');
  await dialog.getByRole('combobox', { name: 'Kommune' }).selectOption(municipality);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Last ned Word-dokument' }).click(),
  ]);
  const path = join(dataDir as string, download.suggestedFilename());
  await download.saveAs(path);
  await dialog.getByRole('button', { name: 'Lukk', exact: true }).last().click();
  return { name: download.suggestedFilename(), doc: await readWord(new Uint8Array(await readFile(path))) };
}

describe('a plan shared by an IKS host and two partner municipalities', () => {
  it('runs one status round where each municipality gets only its own forms, and each council its own report', async () => {
    const page = await openSharedPlan();
    await goToPage(page, 'Statusrunde', 'Statusrunde');
    await page.getByRole('combobox', { name: 'Rapporteringsperiode' }).selectOption('2027-T1');

    const nesoy = await formsFor(page, 'Nesøy kommune');
    expect(nesoy.length).toBeGreaterThan(0);
    expect(nesoy.every((name) => name.includes('Nesøy'))).toBe(true);
    expect(nesoy).toContain('Statusskjema 2027-T1 - NAV Nesøy.xlsx');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'status-round-nesoy.png'), fullPage: true });

    const holmvik = await formsFor(page, 'Holmvik kommune');
    expect(holmvik.every((name) => name.includes('Holmvik'))).toBe(true);
    expect(holmvik).toContain('Statusskjema 2027-T1 - NAV Holmvik.xlsx');

    const host = await formsFor(page, 'Fjordvik kommune');
    expect(host).toContain('Statusskjema 2027-T1 - NAV Fjordvik.xlsx');
    expect(host).toContain('Statusskjema 2027-T1 - Psykisk helse og rus.xlsx'); // a shared unit, with the host
    expect(host.some((name) => /Nesøy|Holmvik/.test(name))).toBe(false);

    // The round's list shows the chosen municipality's own owners.
    await page.getByRole('combobox', { name: 'Kommune' }).selectOption('Holmvik kommune');
    await page.getByRole('button', { name: 'Lag skjema: NAV Holmvik' }).waitFor();
    expect(await page.getByRole('button', { name: 'Lag skjema: NAV Nesøy' }).count()).toBe(0);

    const nesoyReport = await reportFor(page, 'Nesøy kommune');
    expect(nesoyReport.name).toContain('Nesøy kommune');
    expect(nesoyReport.doc.text).toContain('Kampanje om vold i ungdoms kjæresteforhold'); // Nesøy's own
    expect(nesoyReport.doc.text).toContain('Rutine for oppfølging etter krisesenteropphold'); // shared
    expect(nesoyReport.doc.text).not.toContain('Foreldreveiledning etter ICDP'); // the host's own

    const hostReport = await reportFor(page, 'Fjordvik kommune');
    expect(hostReport.doc.text).toContain('Foreldreveiledning etter ICDP');
    expect(hostReport.doc.text).toContain('Rutine for oppfølging etter krisesenteropphold');
    expect(hostReport.doc.text).not.toContain('Kampanje om vold i ungdoms kjæresteforhold');
  });

  it('keeps the crisis-centre profile, the cooperation matrix and the log, and makes the supervision pack', async () => {
    const page = await openSharedPlan();
    await goToPage(page, 'Krisesenter', 'Krisesentertilbudet');
    await page.waitForFunction(() => document.getAnimations().length === 0);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // A written agreement with the police, by keyboard: the KOSTRA answer follows the matrix.
    const police = page.getByRole('combobox', { name: 'Politiet, Voksne' });
    await police.focus();
    await police.selectOption('written');
    // The housing office has none: a catalogue measure in one step.
    await page.getByRole('button', { name: 'Lag tiltak fra tiltaksbanken for Boligkontoret' }).click();
    await page.getByText(/^Tiltaket «.+» er lagt til\.$/).waitFor();
    expect(
      await page.getByRole('button', { name: 'Lag tiltak fra tiltaksbanken for Boligkontoret' }).count(),
    ).toBe(0);

    // The date of the last supervision, typed the Norwegian way.
    const supervised = page.getByRole('textbox', { name: /^Dato for siste tilsyn/ });
    await supervised.fill('18.09.2025');
    await supervised.blur();
    const log = page.getByRole('region', { name: 'Internkontrollogg' });
    await log.getByRole('textbox', { name: /^Dato/ }).fill('05.02.2027');
    await log
      .getByRole('textbox', { name: /^Hva ble gjort/ })
      .fill('Internkontroll i Holmvik: rutiner og avvik gått gjennom');
    await log.getByRole('combobox', { name: 'Gjelder' }).selectOption('Holmvik kommune');
    await log.getByRole('button', { name: 'Legg til i loggen' }).click();
    await log.getByText('Internkontroll i Holmvik: rutiner og avvik gått gjennom').waitFor();
    await page.screenshot({ path: join(SHOTS, 'crisis-centre.png'), fullPage: true });

    const pack = page.getByRole('region', { name: 'Tilsynsmappe' });
    await pack.getByRole('combobox', { name: 'Kommune' }).selectOption('Holmvik kommune');
    await pack.getByRole('radio', { name: 'Norsk nynorsk' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pack.getByRole('button', { name: 'Lag tilsynsmappe' }).click(),
    ]);
    const path = join(dataDir as string, download.suggestedFilename());
    await download.saveAs(path);
    expect(download.suggestedFilename()).toBe('Tilsynsmappe krisesentertilbodet Holmvik kommune.docx');
    const doc = await readWord(new Uint8Array(await readFile(path)));
    expect(doc.headings.map((h) => h.text)).toContain('Krisesenterlova § 2: krisesentertilbodet');
    expect(doc.text).toContain('Internkontroll i Holmvik: rutiner og avvik gått gjennom');
    expect(doc.tables.flat()).toContainEqual(['Politiet', '–', 'Skriftleg avtale', '–']);
  });
});
