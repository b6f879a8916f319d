import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import type { PlanFile } from '../../core/schema/planFile';
import { fillStatusForm, rowOfMeasure } from '../../electron/export/statusForms/testing/fillForm';
import { runCliProcess } from '../support/cli';
import { nationalStylePlan, OPEN_PERIOD } from '../support/nationalStylePlan';
import { makeTempDir } from '../support/tempDir';

const cli = runCliProcess;

async function readPlan(path: string): Promise<PlanFile['plan']> {
  return (JSON.parse(await readFile(path, 'utf8')) as PlanFile).plan;
}

describe('status round from the command line', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;
  let forms: string;
  let home: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'fjordvik.planhjul.json');
    forms = join(temp.dir, 'skjemaer');
    home = join(temp.dir, 'home');
    await writeFile(plan, JSON.stringify(wrapPlanFile(nationalStylePlan()), null, 2));
  });
  afterAll(() => temp.cleanup());

  it('exports one status form per owner into a folder', async () => {
    const result = await cli(['export', 'status-forms', plan, '--period', OPEN_PERIOD, '--out', forms], home);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('12 statusskjemaer lagret i');
    const files = (await readdir(forms)).sort();
    expect(files).toHaveLength(12);
    expect(files).toContain('Statusskjema 2027-T2 - Barneverntjenesten.xlsx');
  });

  it('prints the round: who has reported and who has not', async () => {
    const result = await cli(['status', plan, '--period', OPEN_PERIOD, '--as-of', '2027-09-10'], home);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '2. tertial 2027 (1.5.2027–31.8.2027), frist for status 14.9.2027: 0 av 33 tiltak har rapportert',
    );
    expect(result.stdout).toMatch(/Barneverntjenesten: 4\.3 Samarbeidsavtale med Statens barnehus/);
    expect(result.stdout).toMatch(
      /3\.4 Handlingsveileder for skolene.*Fristen \(30\. juni 2027\) er passert/,
    );
  });

  it('imports a filled-in form, after a dry run that changes nothing', async () => {
    const formPath = join(forms, 'Statusskjema 2027-T2 - Barneverntjenesten.xlsx');
    const filled = await fillStatusForm(new Uint8Array(await readFile(formPath)), {
      '4.3': { Status: 'Gjennomført', 'Beskrivelse (hva er gjort)': 'Avtalen ble signert i juni.' },
      '5.2': { Status: 'Forsinket', Begrunnelse: 'Kursholderen ble syk.', 'Rapportert av': 'Ola Hansen' },
    });
    const filledPath = join(temp.dir, 'barnevern utfylt.xlsx');
    await writeFile(filledPath, filled);
    const before = await readFile(plan);

    const dry = await cli(
      ['status', plan, '--period', OPEN_PERIOD, '--import', filledPath, '--dry-run'],
      home,
    );
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('barnevern utfylt.xlsx (Barneverntjenesten): 2 utfylt, 1 tomme rader');
    expect(dry.stdout).toContain('Prøvekjøring: ingenting er lagret.');
    expect(await readFile(plan)).toEqual(before);

    const real = await cli(['status', plan, '--period', OPEN_PERIOD, '--import', filledPath], home);
    expect(real.stderr).toBe('');
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('Importert: 2 nye rapporter, 0 rettet, 0 beholdt som før.');
    const after = await readPlan(plan);
    const added = after.statusUpdates.filter((u) => u.periodId === OPEN_PERIOD);
    expect(added.map((u) => [u.status, u.reportedBy]).sort()).toEqual([
      ['delayed', 'Ola Hansen'],
      ['done', ''],
    ]);

    const conflict = await cli(['status', plan, '--period', OPEN_PERIOD, '--import', filledPath], home);
    expect(conflict.code).toBe(1);
    expect(conflict.stderr).toContain(
      '2 tiltak har allerede en rapport for perioden. Velg med --on-conflict keep',
    );
    expect(conflict.stdout).toContain('har allerede «Gjennomført» for perioden');

    const corrected = await cli(
      ['status', plan, '--period', OPEN_PERIOD, '--import', filledPath, '--on-conflict', 'correct'],
      home,
    );
    expect(corrected.code).toBe(0);
    expect(corrected.stdout).toContain('Importert: 0 nye rapporter, 2 rettet, 0 beholdt som før.');
    const final = await readPlan(plan);
    const corrections = final.statusUpdates.filter((u) => u.periodId === OPEN_PERIOD && u.corrects);
    expect(corrections.map((u) => u.corrects).sort()).toEqual(added.map((u) => u.id).sort());
  });

  it('refuses a form with an invalid status, names the row and leaves the plan untouched', async () => {
    const formPath = join(forms, 'Statusskjema 2027-T2 - NAV Fjordvik.xlsx');
    const filled = await fillStatusForm(new Uint8Array(await readFile(formPath)), {
      '1.2': { Status: 'Forsinket', Begrunnelse: 'Mangler boliger.' },
      '3.2': { Status: 'Ferdig snart' },
    });
    const filledPath = join(temp.dir, 'nav utfylt.xlsx');
    await writeFile(filledPath, filled);
    const before = await readFile(plan);
    const result = await cli(['status', plan, '--period', OPEN_PERIOD, '--import', filledPath], home);
    expect(result.code).toBe(1);
    const row = await rowOfMeasure(filled, '3.2');
    expect(result.stderr).toContain('«nav utfylt.xlsx» kan ikke importeres (1 feil). Ingenting er endret.');
    expect(result.stderr).toContain(
      `Rad ${row} (tiltak 3.2): «Ferdig snart» er ikke en status Planhjulet kjenner.`,
    );
    expect(await readFile(plan)).toEqual(before);

    const wrongPeriod = await cli(['status', plan, '--period', '2027-T3', '--import', filledPath], home);
    expect(wrongPeriod.code).toBe(1);
    expect(wrongPeriod.stderr).toContain('Skjemaet gjelder 2. tertial 2027, ikke 3. tertial 2027.');
    expect(await readFile(plan)).toEqual(before);
  });

  it('explains missing arguments and unknown exports', async () => {
    const noPeriod = await cli(['export', 'status-forms', plan, '--out', forms], home);
    expect(noPeriod.code).toBe(1);
    expect(noPeriod.stderr).toContain('Mangler --period.');
    expect(noPeriod.stderr).toContain('Bruk: planhjulet export status-forms PLAN --period ID --out MAPPE');
    const unknown = await cli(['export', 'regneark', plan], home);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Ukjent eksport «regneark».');
    const missingFile = await cli(
      ['status', plan, '--period', OPEN_PERIOD, '--import', join(temp.dir, 'finnes-ikke.xlsx')],
      home,
    );
    expect(missingFile.code).toBe(1);
    expect(missingFile.stderr).toContain('Fant ikke skjemaet');
  });
});
