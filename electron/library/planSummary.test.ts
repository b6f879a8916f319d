import { describe, expect, it } from 'vitest';
import { updateMeasure } from '../../core/plan/measures';
import { samplePlan } from '../../core/plan/testPlan';
import { qualityScore } from '../../core/quality/score';
import type { StatusUpdate } from '../../core/schema/status';
import { scorePlan } from './planScore';
import { summarizePlan } from './planSummary';

const report = (id: string, measureId: string, periodId: string): StatusUpdate => ({
  id,
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
  reportedAt: '2026-05-01T10:00:00.000Z',
});

describe('library summary of a plan', () => {
  it('counts measures, the share with owner and deadline, and finds the last reported period', () => {
    const base = samplePlan();
    const plan = {
      ...base,
      statusUpdates: [
        report('a', base.measures[0]!.id, '2026-T3'),
        report('b', base.measures[0]!.id, '2027-T1'),
        report('c', base.measures[1]!.id, '2026-T2'),
      ],
    };
    expect(summarizePlan(plan, undefined, '2027-10-01')).toEqual({
      planId: plan.id,
      title: 'Trygg hverdag',
      municipality: 'Bodø',
      municipalityNumber: null,
      fromYear: 2026,
      toYear: 2029,
      lifecycle: 'draft',
      lifecycleState: 'draft',
      daysLeft: 822,
      expiredOrNotAdopted: true,
      expiresWithinYear: false,
      measureCount: 3,
      withOwnerAndDeadline: 1,
      ownerAndDeadlineShare: 33,
      lastStatusPeriod: '2027-T1',
      score: qualityScore(plan),
      updatedAt: plan.updatedAt,
      municipalities: ['Bodø'],
      crisisCentre: null,
    });
  });

  it('has no share for a plan without measures, and uses the scorer it is given', () => {
    const summary = summarizePlan({ ...samplePlan(), measures: [] }, () => 42);
    expect(summary).toMatchObject({ measureCount: 0, ownerAndDeadlineShare: null, score: 42 });
  });

  it('scores with the plan-quality score, which rises as measures get owner, deadline and description', () => {
    let plan = samplePlan();
    const before = scorePlan(plan);
    expect(before).toBe(qualityScore(plan));
    plan = updateMeasure(plan, plan.measures[1]!.id, {
      leadOwnerUnitId: plan.units[0]!.id,
      deadline: '2027-12-31',
      description: 'Rutinen skrives av barneverntjenesten og krisesenteret sammen.',
    });
    expect(scorePlan(plan)).toBeGreaterThan(before);
    expect(scorePlan({ ...plan, measures: [] })).toBeLessThanOrEqual(10);
  });
});
