import { describe, expect, it } from 'vitest';
import { samplePlan } from '../plan/testPlan';
import type { Plan } from '../schema/plan';
import { StatusUpdate } from '../schema/status';
import { generatedEventId, occurrencesBetween, occurrencesInYear, outlook } from './agenda';
import { addWheelEvent } from './events';

function withEvents(plan: Plan): Plan {
  let next = addWheelEvent(plan, {
    title: 'Juleavslutning for samarbeidsforum',
    ring: 'administrative',
    rule: { kind: 'range', start: { month: 12, day: 20 }, end: { month: 1, day: 10 } },
  }).plan;
  next = addWheelEvent(next, {
    title: 'KOSTRA',
    ring: 'reporting',
    rule: { kind: 'fixed', month: 2, day: 15 },
  }).plan;
  return next;
}

function report(plan: Plan, measureIndex: number, periodId: string, status = 'on-track'): Plan {
  const update = StatusUpdate.parse({
    id: `u-${measureIndex}-${periodId}`,
    measureId: plan.measures[measureIndex]?.id,
    periodId,
    status,
    asOf: '2026-04-30',
    reportedAt: '2026-05-10T10:00:00Z',
  });
  return { ...plan, statusUpdates: [...plan.statusUpdates, update] };
}

describe('the year on the wheel', () => {
  it('has the plan events, the reporting deadlines and meetings, and the measure deadlines and milestones', () => {
    let plan = withEvents(samplePlan());
    const measure = plan.measures[0]!;
    plan = {
      ...plan,
      measures: plan.measures.map((m) =>
        m.id === measure.id
          ? {
              ...m,
              milestones: [{ id: 'ms1', title: 'Teamet er satt sammen', date: '2027-02-01', done: false }],
            }
          : m,
      ),
    };
    const year = occurrencesInYear(plan, 2027);
    const sources = (source: string) => year.filter((o) => o.source === source);
    expect(sources('event').map((o) => o.title)).toEqual([
      'Juleavslutning for samarbeidsforum',
      'KOSTRA',
      'Juleavslutning for samarbeidsforum',
    ]);
    // Three tertials: the collection deadline of 2026-T3 falls in January 2027, 2027-T3's in January 2028.
    expect(
      sources('reporting')
        .filter((o) => o.ring === 'reporting')
        .map((o) => [o.periodId, o.start]),
    ).toEqual([
      ['2026-T3', '2027-01-14'],
      ['2027-T1', '2027-05-14'],
      ['2027-T2', '2027-09-14'],
    ]);
    expect(
      sources('reporting')
        .filter((o) => o.ring === 'political')
        .map((o) => o.title),
    ).toEqual([
      'Kommunestyret behandler rapporten for 3. tertial 2026',
      'Kommunestyret behandler rapporten for 1. tertial 2027',
      'Kommunestyret behandler rapporten for 2. tertial 2027',
    ]);
    expect(sources('measure-deadline')).toMatchObject([
      {
        title: 'Frist for tiltak 1.1: Etablere konsultasjonsteam',
        start: '2027-06-30',
        ring: 'planwork',
        measureId: measure.id,
        ownerUnitId: measure.leadOwnerUnitId,
        eventId: generatedEventId.measureDeadline(measure.id),
      },
    ]);
    expect(sources('milestone')).toMatchObject([
      { title: 'Milepæl i tiltak 1.1: Teamet er satt sammen', start: '2027-02-01' },
    ]);
    expect(year.map((o) => o.start)).toEqual([...year.map((o) => o.start)].sort());
  });

  it('shows the part of a December–January range that reaches into January', () => {
    const plan = withEvents(samplePlan());
    const january = occurrencesBetween(plan, '2027-01-01', '2027-01-31').filter((o) => o.source === 'event');
    expect(january.map((o) => [o.start, o.end])).toEqual([['2026-12-20', '2027-01-10']]);
  });

  it('uses the language asked for in what it generates', () => {
    const titles = occurrencesInYear(samplePlan(), 2027, 'nn').map((o) => o.title);
    expect(titles).toContain('Kommunestyret handsamar rapporten for 1. tertial 2027');
  });
});

describe('the next 60 days', () => {
  it('lists what is due, including a range already under way', () => {
    const plan = withEvents(samplePlan());
    const view = outlook(plan, '2027-01-05');
    expect(view.to).toBe('2027-03-06');
    expect(view.due.map((o) => [o.start, o.title])).toEqual([
      ['2026-12-20', 'Juleavslutning for samarbeidsforum'],
      ['2027-01-14', 'Frist for statusrapport: 3. tertial 2026'],
      ['2027-02-14', 'Kommunestyret behandler rapporten for 3. tertial 2026'],
      ['2027-02-15', 'KOSTRA'],
    ]);
  });

  it('expects no status reports from a draft plan', () => {
    expect(outlook(samplePlan(), '2027-01-05').overdueReports).toEqual([]);
  });

  it('lists past collection deadlines with the measures that still lack a report, newest first', () => {
    let plan: Plan = {
      ...samplePlan(),
      lifecycle: 'adopted',
      adoption: { body: 'Kommunestyret', date: '2026-03-20', caseNumber: '' },
    };
    plan = report(plan, 0, '2026-T1');
    plan = report(plan, 1, '2026-T1', 'done');
    const view = outlook(plan, '2026-09-20');
    const [t2, t1] = view.overdueReports;
    expect(view.overdueReports).toHaveLength(2);
    expect(t2?.period.id).toBe('2026-T2');
    // The measure reported done in T1 owes nothing for T2.
    expect(t2?.missingMeasureIds).toEqual([plan.measures[0]!.id, plan.measures[2]!.id]);
    expect(t1?.period.id).toBe('2026-T1');
    expect(t1?.missingMeasureIds).toEqual([plan.measures[2]!.id]);
  });

  it('leaves out periods that ended before the plan was adopted', () => {
    const plan: Plan = {
      ...samplePlan(),
      lifecycle: 'adopted',
      adoption: { body: 'Kommunestyret', date: '2026-06-01', caseNumber: '' },
    };
    expect(outlook(plan, '2026-09-20').overdueReports.map((r) => r.period.id)).toEqual(['2026-T2']);
  });

  it('lists measures past their deadline until they are reported finished', () => {
    const plan = samplePlan();
    expect(outlook(plan, '2027-07-01').overdueDeadlines).toEqual([
      {
        measureId: plan.measures[0]!.id,
        deadline: '2027-06-30',
        title: 'Frist for tiltak 1.1: Etablere konsultasjonsteam',
      },
    ]);
    expect(outlook(report(plan, 0, '2027-T2', 'done'), '2027-07-01').overdueDeadlines).toEqual([]);
  });
});
