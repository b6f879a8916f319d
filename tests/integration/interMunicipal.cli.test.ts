import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import type { PlanFile } from '../../core/schema/planFile';
import { runCliProcess } from '../support/cli';
import { interMunicipalPlan } from '../support/interMunicipalPlan';
import { makeTempDir } from '../support/tempDir';
import { readWord } from '../support/wordDocument';

const cli = runCliProcess;
const PERIOD = '2027-T1';

describe('a plan shared by a host and four partner municipalities, from the command line', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;
  let home: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'fjordregionen.planhjul.json');
    home = join(temp.dir, 'home');
    await writeFile(plan, JSON.stringify(wrapPlanFile(interMunicipalPlan()), null, 2));
  });
  afterAll(() => temp.cleanup());

  it('makes a new plan with partners and checked municipality numbers', async () => {
    const out = join(temp.dir, 'ny.planhjul.json');
    const made = await cli(
      [
        'new',
        '--title',
        'Felles plan',
        '--municipality',
        'Bodø:1804',
        '--partner',
        'Saltdal:1840',
        '--partner',
        'Gildeskål',
        '--from',
        '2026',
        '--to',
        '2029',
        '--out',
        out,
      ],
      home,
    );
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const saved = (JSON.parse(await readFile(out, 'utf8')) as PlanFile).plan;
    expect(saved.municipality).toEqual({ name: 'Bodø', number: '1804' });
    expect(saved.partnerMunicipalities).toEqual([{ name: 'Saltdal', number: '1840' }, { name: 'Gildeskål' }]);
    const bad = await cli(
      [
        'new',
        '--title',
        'X',
        '--municipality',
        'Bodø',
        '--partner',
        'Saltdal:184',
        '--from',
        '2026',
        '--to',
        '2029',
        '--out',
        join(temp.dir, 'bad.planhjul.json'),
      ],
      home,
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Kommunenummeret «184» for Saltdal må ha fire sifre');
    const twice = await cli(
      [
        'new',
        '--title',
        'X',
        '--municipality',
        'Bodø',
        '--partner',
        'bodø',
        '--from',
        '2026',
        '--to',
        '2029',
        '--out',
        join(temp.dir, 'twice.planhjul.json'),
      ],
      home,
    );
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('er allerede med i planen');
  });

  it('gives each municipality only its own status forms', async () => {
    const nesoyDir = join(temp.dir, 'skjema-nesoy');
    const nesoy = await cli(
      ['export', 'status-forms', plan, '--period', PERIOD, '--out', nesoyDir, '--municipality', 'Nesøy'],
      home,
    );
    expect(nesoy.stderr).toBe('');
    expect(nesoy.code).toBe(0);
    const nesoyFiles = (await readdir(nesoyDir)).sort();
    expect(nesoyFiles.length).toBeGreaterThan(0);
    expect(nesoyFiles.every((f) => f.includes('Nesøy'))).toBe(true);
    expect(nesoyFiles).toContain(`Statusskjema ${PERIOD} - NAV Nesøy.xlsx`);

    const hostDir = join(temp.dir, 'skjema-fjordvik');
    const host = await cli(
      [
        'export',
        'status-forms',
        plan,
        '--period',
        PERIOD,
        '--out',
        hostDir,
        '--municipality',
        'Fjordvik kommune',
      ],
      home,
    );
    expect(host.code).toBe(0);
    const hostFiles = await readdir(hostDir);
    expect(hostFiles).toContain(`Statusskjema ${PERIOD} - NAV Fjordvik.xlsx`);
    expect(hostFiles).toContain(`Statusskjema ${PERIOD} - Psykisk helse og rus.xlsx`); // shared, with the host
    expect(hostFiles.some((f) => /Nesøy|Holmvik|Stavnes|Lundøy/.test(f))).toBe(false);
  });

  it('prints the status round of one municipality with its own owners', async () => {
    const round = await cli(['status', plan, '--period', PERIOD, '--municipality', '1897'], home);
    expect(round.code).toBe(0);
    expect(round.stdout).toContain('NAV Holmvik');
    expect(round.stdout).not.toContain('NAV Nesøy');
    expect(round.stdout).not.toContain('NAV Fjordvik:');
  });

  it('makes each council’s report with its own and the shared measures', async () => {
    const out = join(temp.dir, 'rapport-nesoy.docx');
    const made = await cli(
      ['export', 'report', plan, '--period', '2026-T3', '--municipality', 'Nesøy', '--out', out],
      home,
    );
    expect(made.code).toBe(0);
    const doc = await readWord(new Uint8Array(await readFile(out)));
    expect(doc.text).toContain('Nesøy kommune');
    expect(doc.text).toContain('Kampanje om vold i ungdoms kjæresteforhold'); // Nesøy's own
    expect(doc.text).toContain('Rutine for oppfølging etter krisesenteropphold'); // shared
    expect(doc.text).not.toContain('Foreldreveiledning etter ICDP'); // Fjordvik's own
    expect(doc.text).toContain('kommunestyret i Nesøy');
  });

  it('draws each council’s wheel and calendar with its own meetings', async () => {
    const svg = join(temp.dir, 'hjul-holmvik.svg');
    const drawn = await cli(
      ['export', 'wheel', plan, '--year', '2027', '--municipality', 'Holmvik', '--out', svg],
      home,
    );
    expect(drawn.stderr).toBe('');
    expect(drawn.code).toBe(0);
    const picture = await readFile(svg, 'utf8');
    expect(picture).toContain('Kommunestyremøte i Holmvik');
    expect(picture).not.toContain('Kommunestyremøte i Nesøy');
    const ics = join(temp.dir, 'nesoy.ics');
    expect((await cli(['export', 'ics', plan, '--municipality', 'Nesøy', '--out', ics], home)).code).toBe(0);
    const calendar = await readFile(ics, 'utf8');
    expect(calendar).toContain('Kommunestyremøte i Nesøy');
    expect(calendar).not.toContain('Kommunestyremøte i Holmvik');
  });

  it('writes the supervision pack for a partner municipality, in Nynorsk on request', async () => {
    const out = join(temp.dir, 'tilsyn-holmvik.docx');
    const made = await cli(
      ['export', 'supervision', plan, '--municipality', 'Holmvik', '--out', out, '--lang', 'nn'],
      home,
    );
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const doc = await readWord(new Uint8Array(await readFile(out)));
    expect(doc.headings.filter((h) => h.level === 1).map((h) => h.text)).toContain(
      'Internkontroll: kommunelova § 25-1',
    );
    expect(doc.text).toContain('Holmvik kommune kjøper krisesentertilbodet, men manglar eigen kontaktperson');
  });

  it('refuses a municipality the plan does not have, and names the ones it has', async () => {
    const result = await cli(
      ['export', 'supervision', plan, '--municipality', 'Bodø', '--out', join(temp.dir, 'x.docx')],
      home,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Planen har ingen kommune «Bodø»');
    expect(result.stderr).toContain('Fjordvik kommune, Nesøy kommune');
  });

  it('imports measures with the «Kommune» column', async () => {
    const list = join(temp.dir, 'tiltak.csv');
    await writeFile(
      list,
      [
        'Satsingsområde;Tiltak;Ansvarlig;Kommune',
        '4;Informasjon om hjelp på samisk;Kommunikasjon Lundøy;Lundøy',
        '4;Felles kurs for alle;Kommunal voldskoordinator;',
        '4;Feil kommune;NAV Fjordvik;Bodø',
      ].join('\n'),
    );
    const refused = await cli(['import', plan, '--measures', list], home);
    expect(refused.code).toBe(1);
    expect(refused.stdout + refused.stderr).toContain('Planen har ingen kommune «Bodø»');
    await writeFile(list, (await readFile(list, 'utf8')).split('\n').slice(0, 3).join('\n'));
    const imported = await cli(['import', plan, '--measures', list], home);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const saved = (JSON.parse(await readFile(plan, 'utf8')) as PlanFile).plan;
    const sami = saved.measures.find((m) => m.title === 'Informasjon om hjelp på samisk');
    expect(sami?.municipalities).toEqual(['Lundøy kommune']);
    expect(saved.units.find((u) => u.name === 'Kommunikasjon Lundøy')?.municipality).toBe('Lundøy kommune');
    expect(saved.measures.find((m) => m.title === 'Felles kurs for alle')?.municipalities).toBeUndefined();
  });

  it('shelves the plan under each municipality and shows the crisis centre’s catchment', async () => {
    const byMunicipality = await cli(['library', temp.dir, '--by', 'municipality'], home);
    expect(byMunicipality.code).toBe(0);
    for (const name of [
      'Fjordvik kommune',
      'Nesøy kommune',
      'Holmvik kommune',
      'Stavnes kommune',
      'Lundøy kommune',
    ]) {
      expect(byMunicipality.stdout).toContain(
        `  ${name}: «Felles handlingsplan mot vold i nære relasjoner i Fjordregionen»`,
      );
    }
    const byCentre = await cli(['library', temp.dir, '--by', 'catchment'], home);
    expect(byCentre.code).toBe(0);
    expect(byCentre.stdout).toContain('  Krisesenteret i Fjordregionen IKS:');
    expect(byCentre.stdout).toMatch(/Holmvik kommune \(.*\): mangler kontaktperson, internkontroll/);
    expect(byCentre.stdout).toMatch(/Nesøy kommune \(.*\): alt på plass/);
  });
});
