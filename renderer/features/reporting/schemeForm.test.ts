import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../../core/plan/testPlan';
import { reportingPeriods } from '../../../core/reporting/periods';
import { applyScheme, setPeriodOverride } from '../../../core/reporting/scheme';
import { formFromScheme, schemeFromForm } from './schemeForm';

describe('reporting scheme settings', () => {
  it('reads the form back into a scheme, within the bounds of the plan schema', () => {
    const plan = samplePlan();
    const values = formFromScheme(plan.reportingScheme);
    expect(values).toEqual({
      cycle: 'tertial',
      collectionDays: '14',
      meetingDays: '45',
      meetingBody: 'Kommunestyret',
    });
    const result = schemeFromForm(
      { ...values, cycle: 'half-year', collectionDays: '21', meetingBody: ' Hovedutvalg ' },
      plan.reportingScheme,
    );
    expect(result).toEqual({
      scheme: {
        cycle: 'half-year',
        collectionDaysAfterEnd: 21,
        meetingDaysAfterEnd: 45,
        meetingBody: 'Hovedutvalg',
        overrides: [],
      },
    });
    expect(
      schemeFromForm(
        { ...values, collectionDays: '121', meetingDays: 'x', meetingBody: ' ' },
        plan.reportingScheme,
      ),
    ).toEqual({
      errors: { collectionDays: true, meetingDays: true, meetingBody: true },
    });
    expect(schemeFromForm({ ...values, collectionDays: '-7' }, plan.reportingScheme)).toMatchObject({
      scheme: { collectionDaysAfterEnd: -7 },
    });
  });

  it('adjusts one period and removes the adjustment again', () => {
    let plan = samplePlan();
    plan = setPeriodOverride(plan, '2027-T1', {
      meetingDate: '2027-06-17',
      meetingBody: 'Hovedutvalg for helse',
      collectionDeadline: '',
    });
    expect(plan.reportingScheme.overrides).toEqual([
      { periodId: '2027-T1', meetingDate: '2027-06-17', meetingBody: 'Hovedutvalg for helse' },
    ]);
    const period = reportingPeriods(plan).find((p) => p.id === '2027-T1');
    expect(period).toMatchObject({
      meetingDate: '2027-06-17',
      meetingBody: 'Hovedutvalg for helse',
      collectionDeadline: '2027-05-14',
    });
    plan = setPeriodOverride(plan, '2027-T1', {});
    expect(plan.reportingScheme.overrides).toEqual([]);
  });

  it('drops adjustments of another cycle when the cycle changes, and says how many', () => {
    const plan = setPeriodOverride(
      setPeriodOverride(samplePlan(), '2027-T1', { meetingDate: '2027-06-17' }),
      '2027-T2',
      {
        meetingDate: '2027-10-20',
      },
    );
    const same = applyScheme(plan, { ...plan.reportingScheme, collectionDaysAfterEnd: 10 });
    expect(same.droppedOverrides).toBe(0);
    const changed = applyScheme(plan, { ...plan.reportingScheme, cycle: 'quarterly' });
    expect(changed.droppedOverrides).toBe(2);
    expect(changed.plan.reportingScheme.overrides).toEqual([]);
    expect(
      reportingPeriods(changed.plan)
        .map((p) => p.id)
        .slice(0, 4),
    ).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
  });
});
