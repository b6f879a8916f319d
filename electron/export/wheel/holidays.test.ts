import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../../core/plan/testPlan';
import { occurrencesInYear } from '../../../core/wheel/agenda';
import { dateWarnings } from '../../../core/wheel/warnings';
import { norwegianPublicHolidays } from './holidays';

describe('Norwegian public holidays', () => {
  it('has the twelve public holidays of a year, Easter and Whitsun moving with the calendar', () => {
    const holidays = norwegianPublicHolidays(2027, 2027);
    expect(holidays.map((h) => h.date)).toEqual([
      '2027-01-01',
      '2027-03-25',
      '2027-03-26',
      '2027-03-28',
      '2027-03-29',
      '2027-05-01',
      '2027-05-06',
      '2027-05-16',
      '2027-05-17',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ]);
    expect(holidays.find((h) => h.date === '2027-03-26')?.name).toBe('Langfredag');
    // Christmas Eve is a half day off, not a public holiday.
    expect(norwegianPublicHolidays(2026, 2029).some((h) => h.date.endsWith('-12-24'))).toBe(false);
    expect(norwegianPublicHolidays(2028, 2028).find((h) => h.name === 'Langfredag')?.date).toBe('2028-04-14');
  });

  it('flags the plan deadlines that fall on a holiday or a weekend', () => {
    let plan = samplePlan();
    plan = {
      ...plan,
      measures: plan.measures.map((m, i) => (i === 0 ? { ...m, deadline: '2027-05-17' } : m)),
    };
    const occurrences = occurrencesInYear(plan, 2027);
    const warnings = dateWarnings(occurrences, norwegianPublicHolidays(2027, 2027));
    const titleOf = (id: string) => occurrences.find((o) => o.id === id)?.title;
    // The meeting 45 days after 31 December 2026 is Sunday 14 February 2027.
    expect(warnings.map((w) => [w.date, w.reasons, w.holidayNames, titleOf(w.occurrenceId)])).toEqual([
      ['2027-02-14', ['weekend'], [], 'Kommunestyret behandler rapporten for 3. tertial 2026'],
      [
        '2027-05-17',
        ['public-holiday'],
        ['Grunnlovsdagen', 'Andre pinsedag'],
        'Frist for tiltak 1.1: Etablere konsultasjonsteam',
      ],
    ]);
  });
});
