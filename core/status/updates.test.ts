import { describe, expect, it } from 'vitest';
import { PlanOperationError } from '../plan/errors';
import { samplePlan } from '../plan/testPlan';
import { Plan } from '../schema/plan';
import { addStatusUpdate, correctStatusUpdate, currentReport, measureHistory } from './updates';

const monday = new Date('2027-01-11T09:00:00Z');
const tuesday = new Date('2027-01-12T09:00:00Z');

function setup() {
  const plan = samplePlan();
  const measure = plan.measures[0];
  if (!measure) throw new Error('sample plan has measures');
  return { plan, measure };
}

describe('addStatusUpdate', () => {
  it('appends a dated report that the plan schema accepts', () => {
    const { plan, measure } = setup();
    const { plan: next, update } = addStatusUpdate(
      plan,
      {
        measureId: measure.id,
        periodId: '2026-T3',
        status: 'on-track',
        asOf: '2027-01-10',
        narrative: 'Godt i gang',
      },
      monday,
    );
    expect(next.statusUpdates).toEqual([update]);
    expect(update).toMatchObject({
      status: 'on-track',
      reportedAt: '2027-01-11T09:00:00.000Z',
      narrative: 'Godt i gang',
    });
    expect(update.corrects).toBeUndefined();
    expect(plan.statusUpdates).toEqual([]);
    expect(Plan.safeParse(next).success).toBe(true);
  });

  it('requires a reason for «Endret» and «Avsluttet – ikke gjennomført»', () => {
    const { plan, measure } = setup();
    for (const status of ['changed', 'stopped'] as const) {
      expect(() =>
        addStatusUpdate(
          plan,
          { measureId: measure.id, periodId: '2026-T3', status, asOf: '2027-01-10' },
          monday,
        ),
      ).toThrow('Statusen krever en begrunnelse');
      const ok = addStatusUpdate(
        plan,
        {
          measureId: measure.id,
          periodId: '2026-T3',
          status,
          asOf: '2027-01-10',
          reason: 'Slått sammen med 1.2',
        },
        monday,
      );
      expect(ok.update.reason).toBe('Slått sammen med 1.2');
    }
  });

  it('never takes «Gjennomført etter frist» as input: it is derived', () => {
    const { plan, measure } = setup();
    expect(() =>
      addStatusUpdate(
        plan,
        // biome-ignore lint/suspicious/noExplicitAny: proving the runtime check refuses what the type forbids
        { measureId: measure.id, periodId: '2026-T3', status: 'done-late' as any, asOf: '2027-01-10' },
        monday,
      ),
    ).toThrow(PlanOperationError);
    const late = addStatusUpdate(
      plan,
      { measureId: measure.id, periodId: '2027-T3', status: 'done', asOf: '2027-09-30' },
      monday,
    );
    expect(late.update.status).toBe('done');
    expect(measureHistory(late.plan, measure.id)[0]?.effectiveStatus).toBe('done-late');
  });

  it('refuses a second report for the same measure and period, and unknown measures or periods', () => {
    const { plan, measure } = setup();
    const first = addStatusUpdate(
      plan,
      { measureId: measure.id, periodId: '2026-T3', status: 'on-track', asOf: '2027-01-10' },
      monday,
    );
    expect(() =>
      addStatusUpdate(
        first.plan,
        { measureId: measure.id, periodId: '2026-T3', status: 'delayed', asOf: '2027-01-11' },
        tuesday,
      ),
    ).toThrow(/allerede en statusrapport/);
    const otherPeriod = addStatusUpdate(
      first.plan,
      { measureId: measure.id, periodId: '2027-T1', status: 'delayed', asOf: '2027-04-30' },
      tuesday,
    );
    expect(otherPeriod.plan.statusUpdates).toHaveLength(2);
    expect(() =>
      addStatusUpdate(
        plan,
        { measureId: 'nope', periodId: '2026-T3', status: 'on-track', asOf: '2027-01-10' },
        monday,
      ),
    ).toThrow(/Fant ikke tiltaket/);
    expect(() =>
      addStatusUpdate(
        plan,
        { measureId: measure.id, periodId: '2031-T1', status: 'on-track', asOf: '2031-01-10' },
        monday,
      ),
    ).toThrow(/finnes ikke i planperioden/);
  });
});

describe('correctStatusUpdate and measureHistory', () => {
  it('adds a correction that points to the original, which stays in the history', () => {
    const { plan, measure } = setup();
    const first = addStatusUpdate(
      plan,
      {
        measureId: measure.id,
        periodId: '2026-T3',
        status: 'on-track',
        asOf: '2027-01-10',
        narrative: 'I rute',
      },
      monday,
    );
    const fixed = correctStatusUpdate(
      first.plan,
      first.update.id,
      { status: 'delayed', asOf: '2027-01-12', narrative: 'Forsinket: mangler lokaler' },
      tuesday,
    );
    expect(fixed.update).toMatchObject({
      corrects: first.update.id,
      measureId: measure.id,
      periodId: '2026-T3',
      status: 'delayed',
    });
    expect(fixed.plan.statusUpdates.map((u) => u.id)).toEqual([first.update.id, fixed.update.id]);
    expect(fixed.plan.statusUpdates[0]).toEqual(first.update);
    expect(currentReport(fixed.plan, measure.id, '2026-T3')?.id).toBe(fixed.update.id);

    const history = measureHistory(fixed.plan, measure.id);
    expect(history.map((h) => [h.update.status, h.isCorrection, h.current, h.correctedBy])).toEqual([
      ['on-track', false, false, fixed.update.id],
      ['delayed', true, true, undefined],
    ]);
    expect(() =>
      correctStatusUpdate(fixed.plan, first.update.id, { status: 'done', asOf: '2027-01-13' }, tuesday),
    ).toThrow(/allerede rettet/);
    expect(() =>
      correctStatusUpdate(fixed.plan, 'missing', { status: 'done', asOf: '2027-01-13' }, tuesday),
    ).toThrow(/Fant ikke statusrapporten/);
    expect(() =>
      correctStatusUpdate(fixed.plan, fixed.update.id, { status: 'stopped', asOf: '2027-01-13' }, tuesday),
    ).toThrow('Statusen krever en begrunnelse');
  });

  it('orders history by period, then by when it was reported', () => {
    const { plan, measure } = setup();
    let next = addStatusUpdate(
      plan,
      { measureId: measure.id, periodId: '2027-T1', status: 'at-risk', asOf: '2027-04-30' },
      tuesday,
    ).plan;
    next = addStatusUpdate(
      next,
      { measureId: measure.id, periodId: '2026-T2', status: 'not-started', asOf: '2026-08-31' },
      monday,
    ).plan;
    next = addStatusUpdate(
      next,
      { measureId: measure.id, periodId: '2026-T3', status: 'on-track', asOf: '2026-12-31' },
      monday,
    ).plan;
    expect(measureHistory(next, measure.id).map((h) => h.update.periodId)).toEqual([
      '2026-T2',
      '2026-T3',
      '2027-T1',
    ]);
    expect(measureHistory(next, 'other')).toEqual([]);
  });
});
