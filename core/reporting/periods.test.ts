import { describe, expect, it } from 'vitest';
import { ReportingScheme } from '../schema/reporting';
import { comparePeriodIds, periodsForYears } from './periods';

const scheme = (cycle: 'tertial' | 'half-year' | 'annual' | 'quarterly', extra = {}) =>
  ReportingScheme.parse({ cycle, ...extra });

describe('reporting periods', () => {
  it('makes three tertials a year with collection and meeting dates after each', () => {
    const periods = periodsForYears(scheme('tertial'), 2026, 2029);
    expect(periods).toHaveLength(12);
    expect(periods[1]).toMatchObject({
      id: '2026-T2',
      start: '2026-05-01',
      end: '2026-08-31',
      collectionDeadline: '2026-09-14',
      meetingDate: '2026-10-15',
      meetingBody: 'Kommunestyret',
    });
    expect(periods.at(-1)).toMatchObject({ id: '2029-T3', start: '2029-09-01', end: '2029-12-31' });
  });

  it('makes half-years, quarters and years, with February in a leap year right', () => {
    expect(periodsForYears(scheme('half-year'), 2028, 2028).map((p) => [p.id, p.end])).toEqual([
      ['2028-H1', '2028-06-30'],
      ['2028-H2', '2028-12-31'],
    ]);
    const quarters = periodsForYears(scheme('quarterly'), 2028, 2028);
    expect(quarters.map((p) => p.id)).toEqual(['2028-Q1', '2028-Q2', '2028-Q3', '2028-Q4']);
    expect(quarters[0]?.end).toBe('2028-03-31');
    expect(periodsForYears(scheme('annual'), 2026, 2027).map((p) => [p.id, p.start, p.end])).toEqual([
      ['2026-A1', '2026-01-01', '2026-12-31'],
      ['2027-A1', '2027-01-01', '2027-12-31'],
    ]);
  });

  it('carries the collection deadline over new year and honours overrides', () => {
    const periods = periodsForYears(
      scheme('tertial', {
        overrides: [{ periodId: '2026-T1', meetingDate: '2026-06-18', meetingBody: 'Hovedutvalg' }],
      }),
      2026,
      2026,
    );
    expect(periods[2]?.collectionDeadline).toBe('2027-01-14');
    expect(periods[0]).toMatchObject({ meetingDate: '2026-06-18', meetingBody: 'Hovedutvalg' });
  });

  it('orders period ids by their start across cycles', () => {
    expect(['2027-T2', '2026-T3', '2027-H1', '2027-T1'].sort(comparePeriodIds)).toEqual([
      '2026-T3',
      '2027-H1',
      '2027-T1',
      '2027-T2',
    ]);
  });
});
