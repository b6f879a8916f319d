import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { fillStatusForm } from '../../electron/export/statusForms/testing/fillForm';
import { runCliProcess } from '../support/cli';
import { decodedHeader, headerParameters, parseEml } from '../support/emlMessage';
import { nationalStylePlan, OPEN_PERIOD } from '../support/nationalStylePlan';
import { makeTempDir } from '../support/tempDir';

const cli = runCliProcess;

describe('export reminders from the command line', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;
  let home: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'fjordvik.planhjul.json');
    home = join(temp.dir, 'home');
    const example = nationalStylePlan();
    example.units = example.units.map((u) =>
      u.name === 'Barneverntjenesten' ? { ...u, email: 'barnevern@fjordvik.kommune.no' } : u,
    );
    await writeFile(plan, JSON.stringify(wrapPlanFile(example), null, 2));
  });
  afterAll(() => temp.cleanup());

  it('writes one draft per owner with its form attached, and says whose address is missing', async () => {
    const out = join(temp.dir, 'utkast');
    const result = await cli(['export', 'reminders', plan, '--period', OPEN_PERIOD, '--out', out], home);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toHaveLength(12);
    expect(files).toContain('Påminnelse 2027-T2 - Barneverntjenesten.eml');
    expect(result.stdout).toContain(
      'Påminnelse 2027-T2 - Barneverntjenesten.eml (til: barnevern@fjordvik.kommune.no)',
    );
    expect(result.stdout).toContain('Påminnelse 2027-T2 - Skolene.eml (til: e-postadresse mangler)');
    expect(result.stdout).toContain('12 e-postutkast lagret i');
    expect(result.stdout).toMatch(
      /Mangler e-postadresse \(utkastet har ingen mottaker\): Kommunal voldskoordinator, /,
    );

    const eml = parseEml(await readFile(join(out, 'Påminnelse 2027-T2 - Barneverntjenesten.eml')));
    expect(eml.headers.get('x-unsent')).toBe('1');
    expect(decodedHeader(eml, 'To')).toBe('"Barneverntjenesten" <barnevern@fjordvik.kommune.no>');
    const attachment = eml.parts[1];
    expect(headerParameters(attachment?.headers.get('content-disposition') ?? '').get('filename')).toBe(
      'Statusskjema 2027-T2 - Barneverntjenesten.xlsx',
    );
    // The attached form is a real status form: it can be filled in and imported back.
    const filled = await fillStatusForm(new Uint8Array(attachment?.body as Buffer), {
      '4.3': { Status: 'Gjennomført', 'Beskrivelse (hva er gjort)': 'Avtalen ble signert i juni.' },
    });
    const filledPath = join(temp.dir, 'utfylt.xlsx');
    await writeFile(filledPath, filled);
    const imported = await cli(['status', plan, '--period', OPEN_PERIOD, '--import', filledPath], home);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
  });

  it('with --only-missing writes reminders that list only what is still missing', async () => {
    const out = join(temp.dir, 'purring');
    const result = await cli(
      ['export', 'reminders', plan, '--period', OPEN_PERIOD, '--out', out, '--only-missing'],
      home,
    );
    expect(result.code).toBe(0);
    const files = await readdir(out);
    // Barneverntjenesten has reported 4.3 now, but still owes its other measures.
    expect(files).toContain('Påminnelse 2027-T2 - Barneverntjenesten.eml');
    const eml = parseEml(await readFile(join(out, 'Påminnelse 2027-T2 - Barneverntjenesten.eml')));
    expect(decodedHeader(eml, 'Subject')).toMatch(/^Påminnelse: statusrapport for 2\. tertial 2027/);
    const text = eml.parts[0]?.body.toString('utf8') ?? '';
    expect(text).not.toContain('Tiltak 4.3:');
    expect(text).toContain('Tiltak 5.2:');
  });

  it('explains a missing --period or --out, and a period outside the plan', async () => {
    const noOut = await cli(['export', 'reminders', plan, '--period', OPEN_PERIOD], home);
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toMatch(/--out/);
    const wrong = await cli(['export', 'reminders', plan, '--period', '2040-T1', '--out', temp.dir], home);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/2040-T1/);
  });
});
