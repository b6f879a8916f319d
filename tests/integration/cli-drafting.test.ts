import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { completePlan } from '../../core/quality/completePlan';
import { encodeWindows1252 } from '../../electron/import/testing/encodings';
import { newPlanByCli, runCliProcess } from '../support/cli';
import { makeTempDir } from '../support/tempDir';

const cli = runCliProcess;

const MEASURES = [
  'Satsingsområde;Tiltak;Beskrivelse;Ansvarlig;Samarbeidspartnere;Frist;Tidsrom;Status;Kommentar',
  'Hjelp og beskyttelse;Etablere konsultasjonsteam;"Anonyme drøftinger; hver måned";Barneverntjenesten;"NAV-kontoret, Politiet";30.06.2027;;Pågår – i rute;Første møte holdt',
  'Forebygging;Lære opp ansatte i Brøset-modellen;;Psykisk helse og rus;;;2026-2027;;',
  'Eldre;Lage rutine for å avdekke vold mot eldre;;Hjemmetjenestene i Åsen;Frivilligsentralen;2027-03-31;;;',
].join('\r\n');

describe('planhjulet check and import', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'plan.planhjul.json');
    await newPlanByCli(plan, temp.dir, { title: 'Trygg hverdag', municipality: 'Vik' });
  });
  afterAll(() => temp.cleanup());

  it('lists the findings of a new plan grouped by the part to fix, and exits 0', async () => {
    // Judged before the period begins, so the draft is not yet «not adopted» (cli-lifecycle tests that).
    const result = await cli(['check', plan, '--today', '2025-12-01'], temp.dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Kvalitetssjekk av «Trygg hverdag»: 1 feil, \d+ advarsler, \d+ merknader \(kvalitet \d+\/100\)/,
    );
    const headings = result.stdout
      .split('\n')
      .filter((line) => /^\S/.test(line))
      .slice(1);
    expect(headings).toEqual(['Oppstart og forankring', 'KOSTRA', 'Satsingsområder og mål', 'Plantekst']);
    expect(result.stdout).toContain('  [feil] Planen har ingen tiltak.');
    expect(result.stdout).toContain('  [advarsel] Planen mangler politisk forankring.');
  });

  it('says «Ingen funn» for a complete plan', async () => {
    const complete = join(temp.dir, 'komplett.planhjul.json');
    await writeFile(complete, JSON.stringify(wrapPlanFile(completePlan())));
    const result = await cli(['check', complete, '--today', '2025-12-01'], temp.dir);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(
      'Ingen funn: «Trygg hjemme» har alt kvalitetssjekken ser etter (kvalitet 100/100).',
    );
    const json = await cli(['check', complete, '--json', '--today', '2025-12-01'], temp.dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ findings: [], score: 100 });
  });

  it('exits 1 for a file that is not a valid plan', async () => {
    const broken = join(temp.dir, 'broken.planhjul.json');
    await writeFile(broken, '{"format":"planhjulet","schemaVersion":1,"plan":{"title":""}}');
    const result = await cli(['check', broken], temp.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/er ikke gyldig, så kvaliteten kan ikke sjekkes/);
  });

  it('imports a Windows-1252 CSV into the plan, with new units and focus areas', async () => {
    const file = join(temp.dir, 'tiltak.csv');
    await writeFile(file, encodeWindows1252(MEASURES));
    const result = await cli(['import', plan, '--measures', file], temp.dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Importerte 3 tiltak fra tiltak.csv til «Trygg hverdag»');
    expect(result.stdout).toContain('Nye satsingsområder: Eldre');
    expect(result.stdout).toContain(
      'Satsingsområdet «Forebygging» i listen er lagt under «Forebygging, også tilbud til dem som utøver vold».',
    );
    expect(result.stdout).toContain(
      'Tomme satsingsområder fra malen er fjernet: Avdekking og synliggjøring, Samarbeid og samordning av tjenestene, Kompetanse i de kommunale tjenestene',
    );
    expect(result.stdout).toContain('Nye enheter: Hjemmetjenestene i Åsen, Frivilligsentralen');
    const saved = JSON.parse(await readFile(plan, 'utf8')).plan;
    expect(saved.measures).toHaveLength(3);
    expect(saved.focusAreas).toHaveLength(3);
    expect(saved.measures[0].description).toBe('Anonyme drøftinger; hver måned');
    const owner = saved.units.find((u: { id: string }) => u.id === saved.measures[2].leadOwnerUnitId);
    expect(owner.name).toBe('Hjemmetjenestene i Åsen');
    expect(saved.statusUpdates).toHaveLength(1);
    const check = await cli(['check', plan], temp.dir);
    expect(check.stdout).toContain('\nTiltak\n');
    expect(check.stdout).not.toContain('Planen har ingen tiltak.');
  });

  it('imports an XLSX list', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Ark1');
    sheet.addRow(['Tiltak', 'Ansvarlig', 'Frist']);
    sheet.addRow(['Gjennomføre en kampanje i russetiden', 'SLT-koordinator', new Date(Date.UTC(2027, 4, 1))]);
    const file = join(temp.dir, 'tiltak.xlsx');
    await writeFile(file, new Uint8Array(await book.xlsx.writeBuffer()));
    const result = await cli(['import', plan, '--measures', file], temp.dir);
    expect(result.code).toBe(0);
    const saved = JSON.parse(await readFile(plan, 'utf8')).plan;
    expect(saved.measures.at(-1)).toMatchObject({
      title: 'Gjennomføre en kampanje i russetiden',
      deadline: '2027-05-01',
    });
  });

  it('refuses a list with bad rows: every row named, exit 1, plan file untouched', async () => {
    const before = await readFile(plan);
    const file = join(temp.dir, 'feil.csv');
    await writeFile(
      file,
      [
        'Tiltak,Frist,Status,Kommentar',
        'Lage rutine,31.02.2027,,',
        '"Gi kurs, del 1",,Endret,',
        'Etablere team,,,',
      ].join('\n'),
    );
    const result = await cli(['import', plan, '--measures', file], temp.dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      'Ingen tiltak ble importert: 2 rader i feil.csv har feil. Planen er ikke endret.',
      '  linje 2: Frist «31.02.2027» er ikke en gyldig dato. Skriv datoen som 2026-03-31 eller 31.03.2026.',
      '  linje 3: Status «Endret» krever en begrunnelse. Skriv den i kolonnen «Kommentar».',
    ]);
    expect(await readFile(plan)).toEqual(before);
  });

  it('explains a missing list and a missing --measures', async () => {
    const missing = await cli(['import', plan, '--measures', join(temp.dir, 'finnes-ikke.csv')], temp.dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Fant ikke tiltakslisten/);
    const noFlag = await cli(['import', plan], temp.dir);
    expect(noFlag.code).toBe(1);
    expect(noFlag.stderr).toMatch(/Mangler --measures/);
  });
});
