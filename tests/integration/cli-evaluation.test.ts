import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import type { PlanFile } from '../../core/schema/planFile';
import { runCliProcess } from '../support/cli';
import { nationalStylePlan } from '../support/nationalStylePlan';
import { makeTempDir } from '../support/tempDir';
import { readWord } from '../support/wordDocument';

describe('planhjulet evaluate, export evaluation and revise --from-evaluation', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;
  const home = () => join(temp.dir, 'home');
  const read = async (path: string) => JSON.parse(await readFile(path, 'utf8')) as PlanFile;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'plan.planhjul.json');
    await writeFile(plan, JSON.stringify(wrapPlanFile(nationalStylePlan({ endOfPlan: true }))));
  });
  afterAll(() => temp.cleanup());

  it('refuses to export or revise from an evaluation that does not exist, and changes nothing', async () => {
    const before = await readFile(plan, 'utf8');
    const exported = await runCliProcess(
      ['export', 'evaluation', plan, '--out', join(temp.dir, 'x.docx')],
      home(),
    );
    expect(exported.code).toBe(1);
    expect(exported.stderr).toMatch(/ingen evaluering ennå/);
    const revised = await runCliProcess(
      ['revise', plan, '--out', join(temp.dir, 'x.planhjul.json'), '--from-evaluation'],
      home(),
    );
    expect(revised.code).toBe(1);
    expect(await readFile(plan, 'utf8')).toBe(before);
  });

  it('prefills the final evaluation, exports the report and revises from it', async () => {
    const evaluated = await runCliProcess(['evaluate', plan, '--prefill', '--as-of', '2029-12-31'], home());
    expect(evaluated.stderr).toBe('');
    expect(evaluated.code).toBe(0);
    expect(evaluated.stdout).toContain('45 tiltak');
    const file = await read(plan);
    expect(file.schemaVersion).toBe(2);
    const evaluation = file.plan.evaluations?.[0];
    expect(evaluation?.kind).toBe('final');
    expect(evaluation?.measures).toHaveLength(45);

    const out = join(temp.dir, 'evaluering.docx');
    const exported = await runCliProcess(
      ['export', 'evaluation', plan, '--out', out, '--lang', 'nn'],
      home(),
    );
    expect(exported.code).toBe(0);
    const doc = await readWord(await readFile(out));
    expect(doc.headings.map((h) => h.text)).toContain('Dette er ikkje gjort, og kvifor');

    const next = join(temp.dir, 'ny.planhjul.json');
    const revised = await runCliProcess(['revise', plan, '--out', next, '--from-evaluation'], home());
    expect(revised.stderr).toBe('');
    expect(revised.code).toBe(0);
    const carriedIds = (evaluation?.measures ?? [])
      .filter((m) => m.recommendation === 'continue' || m.recommendation === 'change')
      .map((m) => m.measureId);
    const newPlan = (await read(next)).plan;
    expect(newPlan.title).toBe('Handlingsplan mot vold i nære relasjoner 2030–2033');
    expect(newPlan.measures.map((m) => m.carriedFrom?.measureId)).toEqual(carriedIds);
    expect((await read(plan)).plan.lifecycle).toBe('expired');
  });

  it('makes a mid-term evaluation beside the final one', async () => {
    const fresh = join(temp.dir, 'midtveis.planhjul.json');
    await writeFile(fresh, JSON.stringify(wrapPlanFile(nationalStylePlan())));
    const result = await runCliProcess(
      ['evaluate', fresh, '--mid-term', '--prefill', '--as-of', '2027-05-20'],
      home(),
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Midtveisevaluering/);
    expect((await read(fresh)).plan.evaluations?.map((e) => e.kind)).toEqual(['mid-term']);
  });
});
