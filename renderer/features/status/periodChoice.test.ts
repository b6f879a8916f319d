import { describe, expect, it } from 'vitest';
import { periodsForYears } from '../../../core/reporting/periods';
import { nationalStylePlan } from '../../../tests/support/nationalStylePlan';
import { defaultRoundPeriod, isoToday, laterDate, latestReportedPeriodId } from './periodChoice';

const scheme = {
  cycle: 'tertial' as const,
  collectionDaysAfterEnd: 14,
  meetingDaysAfterEnd: 45,
  meetingBody: 'Kommunestyret',
  overrides: [],
};
const periods = periodsForYears(scheme, 2026, 2029);

describe('defaultRoundPeriod', () => {
  it('picks the period that just ended while its status is still being collected', () => {
    expect(defaultRoundPeriod(periods, '2027-05-10')?.id).toBe('2027-T1');
  });

  it('picks the running period once collection for the previous one has closed', () => {
    expect(defaultRoundPeriod(periods, '2027-05-20')?.id).toBe('2027-T2');
    expect(defaultRoundPeriod(periods, '2026-11-25')?.id).toBe('2026-T3');
  });

  it('picks the first period before the plan starts and the last after it ends', () => {
    expect(defaultRoundPeriod(periods, '2025-06-01')?.id).toBe('2026-T1');
    expect(defaultRoundPeriod(periods, '2031-01-01')?.id).toBe('2029-T3');
    expect(defaultRoundPeriod([], '2027-01-01')).toBeUndefined();
  });
});

describe('latestReportedPeriodId', () => {
  it('finds the latest period with any report', () => {
    expect(latestReportedPeriodId(nationalStylePlan())).toBe('2027-T1');
    expect(latestReportedPeriodId({ statusUpdates: [] })).toBeUndefined();
  });
});

describe('isoToday', () => {
  it('writes the local date as YYYY-MM-DD', () => {
    expect(isoToday(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
  });
});

describe('laterDate', () => {
  it('compares dates as written', () => {
    expect(laterDate('2027-05-01', '2026-11-25')).toBe('2027-05-01');
    expect(laterDate('2026-11-25', '2026-09-30')).toBe('2026-11-25');
  });
});
