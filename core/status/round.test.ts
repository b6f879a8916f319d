import { describe, expect, it } from 'vitest';
import { samplePlan } from '../plan/testPlan';
import { statusRound } from './round';
import { StatusRound } from './roundSchema';
import { addStatusUpdate } from './updates';

const now = new Date('2027-01-11T09:00:00Z');

describe('statusRound', () => {
  it('lists reported, missing and finished measures per lead owner, owners in plan order', () => {
    let plan = samplePlan();
    const [consultation, routine, eLearning] = plan.measures;
    if (!consultation || !routine || !eLearning) throw new Error('sample plan has three measures');
    plan = addStatusUpdate(
      plan,
      { measureId: routine.id, periodId: '2026-T2', status: 'done', asOf: '2026-08-31' },
      now,
    ).plan;
    plan = addStatusUpdate(
      plan,
      { measureId: eLearning.id, periodId: '2026-T3', status: 'ongoing-operation', asOf: '2026-12-31' },
      now,
    ).plan;

    const round = statusRound(plan, '2026-T3');
    expect(StatusRound.safeParse(round).success).toBe(true);
    expect(round).toMatchObject({
      periodId: '2026-T3',
      periodLabel: '3. tertial 2026',
      start: '2026-09-01',
      end: '2026-12-31',
      collectionDeadline: '2027-01-14',
      total: 3,
      reported: 1,
      missing: 1,
      closed: 1,
    });
    expect(
      round.owners.map((o) => [
        o.unitName,
        o.reported.map((m) => m.number),
        o.missing.map((m) => m.number),
        o.closed.map((m) => m.number),
      ]),
    ).toEqual([
      ['Barneverntjenesten', [], ['1.1'], []],
      ['NAV Bodø', ['2.1'], [], []],
      ['Uten ansvarlig enhet', [], [], ['1.2']],
    ]);
    expect(round.owners[1]?.reported[0]?.reportedStatus).toBe('ongoing-operation');
    expect(round.owners[2]?.closed[0]?.previousStatus).toBe('done');
  });

  it('counts a late completion as done-late and refuses a period outside the plan', () => {
    let plan = samplePlan();
    const first = plan.measures[0];
    if (!first) throw new Error('sample plan has measures');
    plan = addStatusUpdate(
      plan,
      { measureId: first.id, periodId: '2027-T3', status: 'done', asOf: '2027-09-15' },
      now,
    ).plan;
    const round = statusRound(plan, '2027-T3');
    expect(round.owners[0]?.reported[0]?.reportedStatus).toBe('done-late');
    expect(round.missing).toBe(2);
    expect(() => statusRound(plan, '2035-T1')).toThrow(/finnes ikke i planperioden/);
  });
});
