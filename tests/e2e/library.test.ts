import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { addMeasure, removeMeasure, updateMeasure } from '../../core/plan/measures';
import { samplePlan } from '../../core/plan/testPlan';
import { qualityScore } from '../../core/quality/score';
import type { Plan } from '../../core/schema/plan';
import { interMunicipalPlan } from '../support/interMunicipalPlan';
import { snapshotTree } from '../support/tempDir';
import { type RunningApp, startApp } from './support/app';
import { seriousAxeViolations } from './support/axe';

const SHOTS = '/tmp/shots-workshop';

let app: RunningApp;
let plansDir: string;

/** Bodø's adopted plan, reported on in the first tertial of 2026. */
function bodøPlan(): Plan {
  const plan = { ...samplePlan(), title: 'Trygg i Bodø', lifecycle: 'adopted' as const };
  return {
    ...plan,
    statusUpdates: [
      {
        id: 's1',
        measureId: plan.measures[0]!.id,
        periodId: '2026-T1',
        status: 'on-track',
        asOf: '2026-04-30',
        narrative: '',
        nextStep: '',
        reason: '',
        decisionNeeded: { needed: false, text: '' },
        indicatorValues: [],
        reportedBy: 'Kari',
        reportedAt: '2026-05-02T08:00:00.000Z',
      },
    ],
  };
}

async function fillLibrary(): Promise<Plan> {
  plansDir = join(app.dataDir, 'plans');
  await mkdir(plansDir, { recursive: true });
  const bodø = bodøPlan();
  const text = JSON.stringify(wrapPlanFile(bodø), null, 2);
  await writeFile(join(plansDir, 'bodø.planhjul.json'), text);
  const fauske = {
    ...samplePlan(),
    title: 'Trygg i Fauske',
    municipality: { name: 'Fauske', number: '1841' },
  };
  await writeFile(join(plansDir, 'fauske.planhjul.json'), JSON.stringify(wrapPlanFile(fauske)));
  await writeFile(
    join(plansDir, 'fauske.planhjul.json.lock'),
    JSON.stringify({ user: 'kari', host: 'rvts-lap-3', pid: 4242, since: '2026-11-25T08:00:00.000Z' }),
  );
  await writeFile(join(plansDir, 'avkuttet.planhjul.json'), text.slice(0, 400));
  return bodø;
}

beforeEach(async () => {
  app = await startApp();
  await mkdir(SHOTS, { recursive: true });
});

afterEach(async () => {
  await app?.close();
});

async function openLibrary() {
  const { page } = app;
  await page.goto(app.url);
  await page.getByRole('link', { name: 'Planbibliotek' }).click();
  await page.getByRole('heading', { level: 1, name: 'Planbibliotek' }).waitFor();
  await page.getByRole('table').waitFor();
}

const rowOf = (name: string) => app.page.getByRole('row').filter({ hasText: name });

describe('library of plans', () => {
  it('lists valid, invalid and locked plans without changing any, and copies one as a starting point', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    await fillLibrary();
    const before = await snapshotTree(plansDir);
    await openLibrary();

    const cells = async (name: string) =>
      (await rowOf(name).getByRole('cell').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect((await cells('Trygg i Bodø')).slice(1, 8)).toEqual([
      'Bodø',
      '2026–2029',
      // Adopted and judged on today: in force until 31.12.2029, with the days left.
      expect.stringMatching(/^(Gjeldende|Går ut innen et år) \d+ dager? igjen$/),
      '3',
      '33 %',
      '1. tertial 2026',
      String(qualityScore(bodøPlan())),
    ]);
    expect((await cells('Trygg i Fauske'))[0]).toMatch(/Åpen hos kari på rvts-lap-3 siden/);
    expect((await cells('Trygg i Fauske'))[1]).toBe('Fauske (1841)');
    expect((await cells('avkuttet.planhjul.json'))[1]).toMatch(/^Kan ikke åpnes Filen er ikke gyldig JSON/);
    await page.getByText('2 planer. 1 fil kan ikke åpnes; den er vist med grunnen og ikke endret.').waitFor();
    expect(await rowOf('avkuttet.planhjul.json').getByRole('button').count()).toBe(0);

    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'library.png'), fullPage: true });
    // Listing read the files and wrote nothing: every byte as before, no lock, no backup.
    expect(await snapshotTree(plansDir)).toEqual(before);

    // Copy Bodø's first focus area for Sørfold.
    await page.getByRole('button', { name: 'Kopier som utgangspunkt: Trygg i Bodø' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kopier «Trygg i Bodø» som utgangspunkt' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Tittel på den nye planen' }).fill('Trygg i Sørfold');
    await dialog.getByRole('textbox', { name: 'Kommune' }).fill('Sørfold');
    await dialog.getByRole('radio', { name: 'Valgte satsingsområder og tiltak' }).check();
    await dialog.getByRole('checkbox', { name: /^1\. Hjelp og beskyttelse \(hele, 2 tiltak\)/ }).check();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SHOTS, 'library-copy.png') });
    await dialog.getByRole('button', { name: 'Lag ny plan' }).click();
    await page
      .getByText(/^Ny plan «Trygg i Sørfold» er lagret i/)
      .first()
      .waitFor();
    await rowOf('Trygg i Sørfold').waitFor();
    const copy = JSON.parse(await readFile(join(plansDir, 'trygg-i-sørfold.planhjul.json'), 'utf8'));
    expect(copy.plan.municipality.name).toBe('Sørfold');
    expect(copy.plan.measures).toHaveLength(2);
    expect(copy.plan.statusUpdates).toEqual([]);
    // The source and the others are as they were.
    const after = await snapshotTree(plansDir);
    for (const [name, bytes] of Object.entries(before)) expect(after[name]).toBe(bytes);

    // Open a plan from the library.
    await page.getByRole('button', { name: 'Åpne Trygg i Sørfold' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trygg i Sørfold' }).waitFor();
  });

  it('sends a plan as a package and shows what a newer version changes before replacing it', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    const bodø = await fillLibrary();
    await openLibrary();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Send som pakke: Trygg i Bodø' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('bodø.planhjulpakke.json');
    const pkg = JSON.parse(await readFile((await file.path()) as string, 'utf8'));
    expect(pkg.planFile.plan.id).toBe(bodø.id);

    // Back from the municipality: one measure dropped, one deadline moved, one new measure.
    const [team, routine] = bodø.measures;
    let changed = updateMeasure(pkg.planFile.plan, team!.id, { deadline: '2027-09-30' });
    changed = removeMeasure(changed, routine!.id);
    changed = addMeasure(changed, { focusAreaId: bodø.focusAreas[1]!.id, title: 'Kampanje i uke 7' }).plan;
    changed = { ...changed, updatedAt: '2026-12-01T09:00:00.000Z' };
    const back = join(app.dataDir, 'fra-bodø.planhjulpakke.json');
    await writeFile(back, JSON.stringify({ ...pkg, planFile: { ...pkg.planFile, plan: changed } }));
    const original = await readFile(join(plansDir, 'bodø.planhjul.json'));

    await page.locator('.ph-import input[type="file"]').setInputFiles(back);
    await page.getByRole('button', { name: 'Velg planpakke …' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Pakken inneholder «Trygg i Bodø»' }).waitFor();
    await page.getByText(/^Du har denne planen fra før: .*bodø\.planhjul\.json/).waitFor();
    const changes = page.locator('.ph-diff');
    await changes.getByText('Nytt: 2.2 Kampanje i uke 7').waitFor();
    await changes.getByText('Fjernet: 1.2 Lage rutine for oppfølging etter krisesenteropphold').waitFor();
    const edited = changes.locator('[data-change="edited"]');
    expect(await edited.count()).toBe(1);
    expect(await edited.textContent()).toMatch(
      /^Endret:\s*1\.1 Etablere konsultasjonsteam\s*Frist:\s*30\.06\.2027\s*→\s*blir\s*30\.09\.2027$/,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator('.ph-import').screenshot({ path: join(SHOTS, 'package-preview.png') });
    // Nothing is replaced by looking.
    expect(await readFile(join(plansDir, 'bodø.planhjul.json'))).toEqual(original);

    await page.getByRole('button', { name: 'Erstatt planen min' }).click();
    await page.getByText(/^Planen i .*bodø\.planhjul\.json er erstattet/).waitFor();
    const now = JSON.parse(await readFile(join(plansDir, 'bodø.planhjul.json'), 'utf8'));
    expect(now.plan.measures.map((m: { title: string }) => m.title)).toEqual([
      'Etablere konsultasjonsteam',
      'Gi alle nyansatte e-læring om vold',
      'Kampanje i uke 7',
    ]);
    // The replaced version is kept as a backup.
    const backupRoot = join(app.dataDir, 'backups');
    const [folder] = (await readdir(backupRoot)).filter((name) => name.includes('bodø'));
    const backups = await readdir(join(backupRoot, folder as string));
    const contents = await Promise.all(
      backups.map((name) => readFile(join(backupRoot, folder as string, name))),
    );
    expect(contents.some((bytes) => bytes.equals(original))).toBe(true);
  });

  it('shows each crisis centre with the municipalities it serves: plan, contact person, internal control', async () => {
    const { page } = app;
    await page.setViewportSize({ width: 1440, height: 900 });
    plansDir = join(app.dataDir, 'plans');
    await mkdir(plansDir, { recursive: true });
    await writeFile(
      join(plansDir, 'fjordregionen.planhjul.json'),
      JSON.stringify(wrapPlanFile(interMunicipalPlan())),
    );
    await writeFile(join(plansDir, 'bodø.planhjul.json'), JSON.stringify(wrapPlanFile(bodøPlan())));
    await page.goto(app.url);
    await page.getByRole('link', { name: 'Planbibliotek' }).click();
    const panel = page.getByRole('region', { name: 'Per krisesenter' });
    const table = panel.getByRole('table', { name: 'Krisesenteret i Fjordregionen IKS' });
    await table.waitFor();
    const row = async (municipality: string) =>
      (await table.getByRole('row').filter({ hasText: municipality }).allInnerTexts())[0]
        ?.split(/\t|\n/)
        .map((t) => t.trim())
        .filter(Boolean);
    const shared = 'Felles handlingsplan mot vold i nære relasjoner i Fjordregionen';
    expect(await row('Nesøy kommune')).toEqual(['Nesøy kommune', shared, 'Ja', 'Ja']);
    expect(await row('Holmvik kommune')).toEqual(['Holmvik kommune', shared, 'Mangler', 'Mangler']);
    // Bodø's plan has no crisis-centre profile: it is in no catchment.
    expect(await panel.getByText('Trygg i Bodø').count()).toBe(0);
    expect(await panel.getByRole('table').count()).toBe(1);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await panel.screenshot({ path: join(SHOTS, 'library-catchment.png') });
  });
});
