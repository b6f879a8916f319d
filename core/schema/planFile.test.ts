import { describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../plan/create';
import { samplePlan } from '../plan/testPlan';
import { checkPlanFileText } from '../validation';
import { PlanFile } from './planFile';

describe('plan file schema', () => {
  it('round-trips a plan through JSON unchanged', () => {
    const file = wrapPlanFile(samplePlan());
    const text = JSON.stringify(file);
    const back = PlanFile.parse(JSON.parse(text));
    expect(back).toEqual(file);
    expect(JSON.stringify(back)).toBe(text);
  });

  it('fills defaults for optional parts so an old minimal file still reads', () => {
    const minimal = {
      format: 'planhjulet',
      schemaVersion: 1,
      plan: {
        id: 'p1',
        title: 'Minimal',
        municipality: { name: 'Vik' },
        period: { fromYear: 2026, toYear: 2029 },
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    };
    const check = checkPlanFileText(JSON.stringify(minimal));
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    const parsed = check.file;
    expect(parsed.schemaVersion).toBe(2);
    expect(parsed.plan.measures).toEqual([]);
    expect(parsed.plan.reportingScheme.cycle).toBe('tertial');
    expect(parsed.plan.lifecycle).toBe('draft');
  });

  it('names the JSON path of a wrong value', () => {
    const file = wrapPlanFile(samplePlan()) as unknown as { plan: { measures: { deadline: string }[] } };
    (file.plan.measures[0] as { deadline: string }).deadline = '31.02.2027';
    const result = checkPlanFileText(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('plan.measures[0].deadline');
  });

  it('refuses a measure that points at a missing owner unit or focus area', () => {
    const plan = samplePlan();
    const broken = {
      ...plan,
      measures: [{ ...plan.measures[0]!, leadOwnerUnitId: 'gone', focusAreaId: 'nowhere' }],
    };
    const result = checkPlanFileText(JSON.stringify(wrapPlanFile(broken)));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const messages = result.problems.map((p) => p.message).join('\n');
      expect(messages).toMatch(/enhet som ikke finnes/);
      expect(messages).toMatch(/satsingsområde som ikke finnes/);
    }
  });

  it('refuses «Avsluttet – ikke gjennomført» without a reason', () => {
    const plan = samplePlan();
    const update = {
      id: 'u1',
      measureId: plan.measures[0]!.id,
      periodId: '2026-T1',
      status: 'stopped',
      asOf: '2026-04-30',
      reportedAt: '2026-05-02T08:00:00.000Z',
    };
    const result = checkPlanFileText(
      JSON.stringify(wrapPlanFile({ ...plan, statusUpdates: [update as never] })),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('plan.statusUpdates[0].reason');
  });

  it('explains an empty file and a file that is not JSON', () => {
    const empty = checkPlanFileText('');
    const garbage = checkPlanFileText('{"format": "planhjulet", "schemaVer');
    expect(empty.ok || garbage.ok).toBe(false);
    if (!empty.ok) expect(empty.problems[0]?.message).toBe('Filen er tom.');
    if (!garbage.ok) expect(garbage.problems[0]?.message).toMatch(/ikke gyldig JSON/);
  });
});
