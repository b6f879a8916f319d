import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../../core/plan/create';
import { updateMeasure } from '../../../core/plan/measures';
import { samplePlan } from '../../../core/plan/testPlan';
import { makeTempDir } from '../../../tests/support/tempDir';
import { runCli } from '../run';

describe('CLI: handout, library and package', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let out: string[];
  let err: string[];
  const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
  const cli = (...args: string[]) => runCli([...args, '--data', join(temp.dir, 'data')], io);

  beforeEach(async () => {
    temp = await makeTempDir();
    out = [];
    err = [];
  });
  afterEach(() => temp.cleanup());

  it('writes the handout, lists a folder, and sends a plan back and forth as a package', async () => {
    const plan = samplePlan();
    const planPath = join(temp.dir, 'bodø.planhjul.json');
    await writeFile(planPath, JSON.stringify(wrapPlanFile(plan)));
    await writeFile(join(temp.dir, 'rot.planhjul.json'), '{');

    expect(await cli('handout', planPath, '--out', join(temp.dir, 'verksted.docx'))).toBe(0);
    const { value } = await mammoth.extractRawText({ path: join(temp.dir, 'verksted.docx') });
    expect(value).toContain('Uten ansvarlig enhet (1)');

    expect(await cli('library', temp.dir, '--today', '2026-12-02')).toBe(0);
    expect(out.join('\n')).toMatch(
      /Bodø: «Trygg hverdag» 2026–2029, Utkast, 1125 dager igjen, 3 tiltak, 33 % med ansvarlig og frist/,
    );
    expect(out.join('\n')).toMatch(/rot\.planhjul\.json: kan ikke åpnes – Filen er ikke gyldig JSON/);

    const pkg = join(temp.dir, 'bodø.planhjulpakke.json');
    expect(await cli('package', 'export', planPath, '--out', pkg)).toBe(0);
    const sent = JSON.parse(await readFile(pkg, 'utf8'));
    sent.planFile.plan = updateMeasure(sent.planFile.plan, plan.measures[1]!.id, { deadline: '2027-03-31' });
    await writeFile(pkg, JSON.stringify(sent));
    expect(await cli('package', 'import', pkg, '--replace', planPath)).toBe(0);
    expect(out.join('\n')).toContain('Endringer i tiltak: 0 nye, 0 fjernet, 1 endret.');
    const now = JSON.parse(await readFile(planPath, 'utf8'));
    expect(now.plan.measures[1].deadline).toBe('2027-03-31');
    expect(err).toEqual([]);
  });

  it('says what is wrong with a call', async () => {
    expect(await cli('package', 'send', 'x')).toBe(1);
    expect(err.join('\n')).toMatch(/package export» eller «package import/);
    expect(await cli('handout', join(temp.dir, 'x.planhjul.json'))).toBe(1);
    expect(err.join('\n')).toContain('Mangler --out.');
  });
});
