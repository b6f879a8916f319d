import { describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../plan/create';
import { samplePlan } from '../plan/testPlan';
import { buildPlanPackage, type PackageMeta, readPlanPackage } from './packageFile';

const meta: PackageMeta = {
  exportedAt: '2026-11-20T12:00:00.000Z',
  exportedBy: { user: 'kari', host: 'rvts-lap-3' },
  appVersion: '0.1.0',
  source: { path: '/home/kari/planer/bodø.planhjul.json', fileName: 'bodø.planhjul.json' },
};

describe('plan package file', () => {
  it('round-trips a plan and its metadata through JSON', () => {
    const file = wrapPlanFile(samplePlan());
    const text = JSON.stringify(buildPlanPackage(file, meta));
    const read = readPlanPackage(`\uFEFF${text}`);
    expect(read).toEqual({ ok: true, meta, planFile: file, migratedFrom: null });
  });

  it('refuses a plan file, empty text, garbage and a package from a newer program with a reason', () => {
    const plain = readPlanPackage(JSON.stringify(wrapPlanFile(samplePlan())));
    expect(plain.ok).toBe(false);
    if (!plain.ok) expect(plain.problems.map((p) => p.message).join()).toMatch(/ikke en planpakke/);
    const empty = readPlanPackage('  ');
    if (!empty.ok) expect(empty.problems[0]?.message).toBe('Filen er tom.');
    const garbage = readPlanPackage('{"format":');
    if (!garbage.ok) expect(garbage.problems[0]?.message).toMatch(/ikke gyldig JSON/);
    const newer = readPlanPackage(
      JSON.stringify({ ...buildPlanPackage(wrapPlanFile(samplePlan()), meta), packageVersion: 2 }),
    );
    if (!newer.ok) expect(newer.problems[0]?.message).toMatch(/annen versjon/);
    expect([empty.ok, garbage.ok, newer.ok]).toEqual([false, false, false]);
  });

  it('validates the plan inside and says where it is wrong', () => {
    const pkg = buildPlanPackage(wrapPlanFile(samplePlan()), meta) as unknown as {
      planFile: { plan: { measures: { deadline: string }[] } };
    };
    pkg.planFile.plan.measures[0]!.deadline = '31.12.2027';
    const read = readPlanPackage(JSON.stringify(pkg));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.path)).toContain('planFile.plan.measures[0].deadline');
  });

  it('refuses a plan with fields this version does not know, naming them, since importing would drop them', () => {
    const pkg = buildPlanPackage(wrapPlanFile(samplePlan()), meta) as unknown as {
      planFile: { plan: { measures: Record<string, unknown>[] } };
    };
    pkg.planFile.plan.measures[0]!.budgetLines = [{ amount: 120000 }];
    const read = readPlanPackage(JSON.stringify(pkg));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems.map((p) => p.path)).toEqual(['planFile.plan.measures[0].budgetLines']);
      expect(read.problems[0]?.message).toMatch(/nyere versjon av Planhjulet.*gått tapt/);
    }
    // More unknown fields: the reason is given once, and each field is named.
    pkg.planFile.plan.measures[1]!.budgetLines = [];
    const more = readPlanPackage(JSON.stringify(pkg));
    expect(more.ok).toBe(false);
    if (!more.ok) {
      expect(more.problems.map((p) => p.path)).toEqual([
        'planFile.plan.measures[0].budgetLines',
        'planFile.plan.measures[1].budgetLines',
      ]);
      expect(more.problems.filter((p) => /nyere versjon/.test(p.message))).toHaveLength(1);
    }
  });
});
