import { describe, expect, it } from 'vitest';
import { Plan } from '../../core/schema/plan';
import { statusChecks } from '../../core/status/checks';
import { statusRound } from '../../core/status/round';
import { latestUpdateByMeasure } from '../../core/status/summary';
import { nationalStylePlan, OPEN_PERIOD, REPORTED_PERIODS } from '../support/nationalStylePlan';

describe('nationalStylePlan fixture', () => {
  it('is a valid plan of 45 owned measures in five focus areas, the same every time', () => {
    const plan = nationalStylePlan();
    expect(Plan.safeParse(plan).success).toBe(true);
    expect(plan.focusAreas).toHaveLength(5);
    expect(plan.measures).toHaveLength(45);
    expect(plan.measures.every((m) => m.leadOwnerUnitId && m.deadline && m.number)).toBe(true);
    expect(JSON.stringify(nationalStylePlan())).toBe(JSON.stringify(plan));
    expect(new Set(plan.statusUpdates.map((u) => u.periodId))).toEqual(new Set(REPORTED_PERIODS));
  });

  it('has delays with reasons, decisions needed, a correction, gaps and findings to show', () => {
    const plan = nationalStylePlan();
    const latest = [...latestUpdateByMeasure(plan).values()];
    const delayed = latest.filter((u) => u.status === 'delayed');
    expect(delayed.length).toBeGreaterThanOrEqual(4);
    expect(delayed.every((u) => u.reason.length > 0)).toBe(true);
    expect(latest.filter((u) => u.decisionNeeded.needed).length).toBeGreaterThanOrEqual(4);
    expect(plan.statusUpdates.some((u) => u.corrects)).toBe(true);
    const round = statusRound(plan, OPEN_PERIOD);
    expect(round.reported).toBe(0);
    expect(round.missing).toBeGreaterThan(30);
    const kinds = new Set(statusChecks(plan, '2027-T1', '2027-05-10').map((f) => f.kind));
    expect(kinds).toEqual(new Set(['no-report', 'narrative-unchanged', 'past-date-in-text']));
  });

  it('can end the plan period with measures continued, done and stopped', () => {
    const plan = nationalStylePlan({ endOfPlan: true });
    const final = plan.statusUpdates.filter((u) => u.periodId === '2029-T3').map((u) => u.status);
    expect(new Set(final)).toEqual(new Set(['continued', 'done', 'stopped']));
  });
});
