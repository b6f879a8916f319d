import { describe, expect, it } from 'vitest';
import { addStatusUpdate } from '../../../core/status/updates';
import { measureId, nationalStylePlan, OPEN_PERIOD } from '../../../tests/support/nationalStylePlan';
import { leadershipSummary } from './leadershipSummary';

const sum = (lights: Record<string, number>) => Object.values(lights).reduce((a, b) => a + b, 0);

describe('leadershipSummary', () => {
  const plan = nationalStylePlan();
  const summary = leadershipSummary(plan, '2027-T1');

  it('counts every measure once, by its latest status, per light and per focus area', () => {
    expect(summary.total).toBe(45);
    expect(sum(summary.lights)).toBe(45);
    expect(summary.areas.map((a) => a.total)).toEqual([9, 10, 10, 10, 6]);
    expect(summary.areas.map((a) => sum(a.lights))).toEqual([9, 10, 10, 10, 6]);
    // Two measures were never reported; «Gjennomført» after the deadline counts as done-late.
    expect(summary.statusCounts['no-report']).toBe(2);
    expect(summary.statusCounts['done-late']).toBeGreaterThanOrEqual(2);
    expect(summary.lights.blue).toBe(summary.statusCounts.done + summary.statusCounts['done-late']);
  });

  it('lists delayed before at-risk measures, with the report that says why', () => {
    const statuses = summary.attention.map((m) => m.status);
    expect(statuses).toEqual([...statuses].sort((a, b) => (a === b ? 0 : a === 'delayed' ? -1 : 1)));
    expect(statuses.filter((s) => s === 'delayed')).toHaveLength(6);
    const late = summary.attention[0];
    expect(late?.report?.reason).toMatch(/finansiering/);
    expect(late?.ownerName).not.toBe('');
  });

  it('lists the decisions the latest reports ask for', () => {
    expect(summary.decisions.length).toBeGreaterThan(0);
    for (const m of summary.decisions) expect(m.report?.decisionNeeded.text).toMatch(/vedtak/);
  });

  it('lists unfinished measures due in the next period', () => {
    expect(summary.nextPeriod?.id).toBe('2027-T2');
    expect(summary.upcoming.length).toBeGreaterThan(0);
    for (const m of summary.upcoming) {
      expect(m.deadline && m.deadline >= '2027-05-01' && m.deadline <= '2027-08-31').toBe(true);
      expect(['done', 'done-late', 'stopped', 'continued']).not.toContain(m.status);
    }
  });

  it('follows the trend from the first reported period, and moves when a report is added', () => {
    expect(summary.trend.map((p) => p.periodId)).toEqual(['2026-T1', '2026-T2', '2026-T3', '2027-T1']);
    for (const point of summary.trend) expect(sum(point.lights)).toBe(45);
    expect(summary.trend[0]?.lights.grey).toBeGreaterThan(summary.trend[3]?.lights.grey ?? 0);

    const late = summary.attention[0];
    if (!late) throw new Error('fixture has a delayed measure');
    const next = addStatusUpdate(
      plan,
      { measureId: late.measureId, periodId: OPEN_PERIOD, status: 'done', asOf: '2027-08-20' },
      new Date('2027-08-21T10:00:00Z'),
    ).plan;
    const after = leadershipSummary(next, OPEN_PERIOD);
    expect(after.lights.red).toBe(summary.lights.red - 1);
    expect(after.lights.blue).toBe(summary.lights.blue + 1);
    expect(after.reportedInPeriod).toBe(1);
    expect(after.trend.at(-1)?.periodId).toBe(OPEN_PERIOD);
  });

  it('shows «Endret» and «Avsluttet» only in the period they were reported', () => {
    expect(leadershipSummary(plan, '2026-T3').changedOrStopped.map((m) => m.measureId)).toContain(
      measureId(17),
    );
    expect(summary.changedOrStopped).toEqual([]);
  });

  it('has no trend before the first report', () => {
    const empty = leadershipSummary({ ...plan, statusUpdates: [] }, '2027-T1');
    expect(empty.trend).toEqual([]);
    expect(empty.lights.grey).toBe(45);
  });
});
