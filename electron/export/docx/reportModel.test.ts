import { describe, expect, it } from 'vitest';
import { updateMeasure } from '../../../core/plan/measures';
import { samplePlan } from '../../../core/plan/testPlan';
import { findPeriod } from '../../../core/reporting/periods';
import type { Plan } from '../../../core/schema/plan';
import type { StatusUpdate } from '../../../core/schema/status';
import { reportModel } from './reportModel';

function update(measureId: string, periodId: string, fields: Partial<StatusUpdate>): StatusUpdate {
  return {
    id: `${measureId}-${periodId}`,
    measureId,
    periodId,
    status: 'on-track',
    asOf: '2026-04-30',
    narrative: '',
    nextStep: '',
    reason: '',
    decisionNeeded: { needed: false, text: '' },
    indicatorValues: [],
    reportedBy: '',
    reportedAt: '2026-05-02T08:00:00.000Z',
    ...fields,
  };
}

function plan(): Plan {
  let p = samplePlan();
  const [first, second, third] = p.measures as [
    Plan['measures'][0],
    Plan['measures'][0],
    Plan['measures'][0],
  ];
  p = updateMeasure(p, first.id, { deadline: '2026-06-30' });
  p = updateMeasure(p, second.id, {
    deadline: '2026-07-15',
    milestones: [{ id: 'ms', title: 'Utkast til rutine', date: '2026-06-01', done: false }],
  });
  return {
    ...p,
    statusUpdates: [
      update(first.id, '2026-T1', { status: 'done', asOf: '2026-04-30' }),
      update(second.id, '2026-T1', {
        status: 'delayed',
        reason: 'Mangler kapasitet',
        decisionNeeded: { needed: true, text: 'Trenger midler' },
      }),
      update(third.id, '2026-T1', { status: 'stopped', reason: 'Erstattet av nasjonalt kurs' }),
      update(first.id, '2026-T2', { status: 'done', asOf: '2026-08-31', periodId: '2026-T2' }),
    ],
  };
}

describe('the progress report model', () => {
  it('counts the latest status up to the period, per focus area and in total', () => {
    const p = plan();
    const model = reportModel(p, findPeriod(p, '2026-T1')!);
    expect(model.measureCount).toBe(3);
    expect(model.totals.done).toBe(1);
    expect(model.totals.delayed).toBe(1);
    expect(model.totals.stopped).toBe(1);
    expect(model.areas.map((a) => a.total)).toEqual([2, 1]);
    expect(model.asOf).toBe('2026-04-30');
  });

  it('picks out decisions, delays, stopped measures and what falls due in the next period', () => {
    const p = plan();
    const model = reportModel(p, findPeriod(p, '2026-T1')!);
    expect(model.decisions.map((e) => e.number)).toEqual(['1.2']);
    expect(model.delayed.map((e) => e.number)).toEqual(['1.2']);
    expect(model.changedOrStopped.map((e) => e.number)).toEqual(['2.1']);
    expect(model.next?.id).toBe('2026-T2');
    expect(model.dueNext.map((d) => [d.date, d.milestone ?? null])).toEqual([
      ['2026-06-01', 'Utkast til rutine'],
      ['2026-07-15', null],
    ]);
  });

  it('marks reports from earlier periods, and a done measure reported late as done after its deadline', () => {
    const p = plan();
    const model = reportModel(p, findPeriod(p, '2026-T2')!);
    const [first, second] = model.areas[0]?.measures ?? [];
    expect(first?.reportedThisPeriod).toBe(true);
    expect(first?.status).toBe('done-late');
    expect(second?.reportedThisPeriod).toBe(false);
    expect(second?.update?.periodId).toBe('2026-T1');
    // The delayed measure owes a report; the stopped one does not.
    expect(model.missing.map((e) => e.number)).toEqual(['1.2']);
    expect(model.next?.id).toBe('2026-T3');
  });
});
