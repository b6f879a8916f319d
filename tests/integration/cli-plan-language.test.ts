import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli';
import { makeTempDir } from '../support/tempDir';

const cli = runCliProcess;

/** The CLI speaks the plan's language: findings and refusals of a Nynorsk plan are printed in Nynorsk. */
describe('the CLI on a Nynorsk plan', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'volda.planhjul.json');
    const made = await cli(
      [
        'new',
        '--title',
        'Trygg heime',
        '--municipality',
        'Volda',
        '--from',
        '2026',
        '--to',
        '2029',
        '--lang',
        'nn',
        '--out',
        plan,
      ],
      temp.dir,
    );
    expect(made.code, made.stderr).toBe(0);
  });
  afterAll(() => temp.cleanup());

  it('check prints the findings, their parts and severities in Nynorsk', async () => {
    const result = await cli(['check', plan], temp.dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Kvalitetssjekk av «Trygg heime»: 1 feil, \d+ åtvaringar, \d+ merknader \(kvalitet \d+\/100\)/,
    );
    expect(result.stdout).toContain('\nSatsingsområde og mål\n');
    expect(result.stdout).toContain('  [feil] Planen har ingen tiltak. Legg til tiltak under satsingsområda');
    expect(result.stdout).toContain(
      '  [åtvaring] Planen manglar politisk forankring. Skriv kva politisk organ',
    );
    expect(result.stdout).toContain('  [merknad] KOSTRA-spørsmålet om koordinator er ikkje svart på.');
    expect(result.stdout).not.toMatch(/mangler|ikke|\{\{|finding\./);
  });

  it('check --json gives each finding its id, severity and target, the message in Nynorsk and its key', async () => {
    const result = await cli(['check', plan, '--json'], temp.dir);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.language).toBe('nn');
    const anchoring = report.findings.find(
      (f: { id: string }) => f.id === 'anchoring.political-body-missing',
    );
    expect(anchoring).toEqual({
      id: 'anchoring.political-body-missing',
      severity: 'warning',
      target: { kind: 'anchoring', field: 'politicalBody' },
      message: expect.stringMatching(/^Planen manglar politisk forankring\./),
      text: { key: 'finding.anchoring.political-body-missing' },
    });
  });

  it('prints the problems of a measure list in Nynorsk', async () => {
    const file = join(temp.dir, 'feil.csv');
    await writeFile(file, ['Tiltak,Frist', 'Lage rutine,31.02.2027'].join('\n'));
    const result = await cli(['import', plan, '--measures', file], temp.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '  linje 2: Frist «31.02.2027» er ikkje ein gyldig dato. Skriv datoen som 2026-03-31 eller 31.03.2026.',
    );
  });

  it('prints a refused operation in Nynorsk', async () => {
    const result = await cli(['status', plan, '--period', '2035-T1'], temp.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Rapporteringsperioden 2035-T1 finst ikkje i planperioden 2026–2029');
  });
});
