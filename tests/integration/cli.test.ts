import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli';
import { makeTempDir } from '../support/tempDir';

const cli = runCliProcess;

describe('planhjulet CLI', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'x.planhjul.json');
  });
  afterAll(() => temp.cleanup());

  it('makes a new plan and validates it', async () => {
    const made = await cli(
      [
        'new',
        '--title',
        'Trygg hverdag',
        '--municipality',
        'Bodø',
        '--from',
        '2026',
        '--to',
        '2029',
        '--out',
        plan,
      ],
      temp.dir,
    );
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('Trygg hverdag');
    const file = JSON.parse(await readFile(plan, 'utf8'));
    expect(file).toMatchObject({ format: 'planhjulet', schemaVersion: 2, plan: { title: 'Trygg hverdag' } });
    const valid = await cli(['validate', plan], temp.dir);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toMatch(/^Gyldig/);
  });

  it('refuses to overwrite an existing plan with new', async () => {
    const again = await cli(
      ['new', '--title', 'Ny', '--municipality', 'Bodø', '--from', '2026', '--to', '2029', '--out', plan],
      temp.dir,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/finnes allerede/);
  });

  it('exits 1 with a readable reason for a hand-broken copy', async () => {
    const file = JSON.parse(await readFile(plan, 'utf8'));
    file.plan.period.fromYear = 'tjuetjueseks';
    const broken = join(temp.dir, 'broken.planhjul.json');
    await writeFile(broken, JSON.stringify(file));
    const result = await cli(['validate', broken], temp.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Ugyldig planfil');
    expect(result.stderr).toContain('plan.period.fromYear');
    const truncated = join(temp.dir, 'truncated.planhjul.json');
    await writeFile(truncated, (await readFile(plan, 'utf8')).slice(0, 200));
    const cut = await cli(['validate', truncated], temp.dir);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/ikke gyldig JSON/);
  });

  it('lists each problem of a broken plan once when a command refuses it', async () => {
    const file = JSON.parse(await readFile(plan, 'utf8'));
    file.plan.id = '';
    file.plan.title = 5;
    delete file.plan.period;
    delete file.plan.createdAt;
    const broken = join(temp.dir, 'flere-feil.planhjul.json');
    await writeFile(broken, JSON.stringify(file));
    const result = await cli(
      ['package', 'export', broken, '--out', join(temp.dir, 'x.planhjulpakke.json')],
      temp.dir,
    );
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('«flere-feil.planhjul.json» er ikke en gyldig plan:');
    const problemLines = lines.slice(1);
    expect(problemLines).toHaveLength(4);
    expect(problemLines.every((line) => line.startsWith('  plan.'))).toBe(true);
    expect(new Set(problemLines).size).toBe(problemLines.length);
  });

  it('explains a missing argument and an unknown command', async () => {
    const missing = await cli(['new', '--title', 'X'], temp.dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Mangler --out/);
    const unknown = await cli(['frobnicate'], temp.dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Ukjent kommando/);
  });
});
