import { describe, expect, it } from 'vitest';
import { WheelEvent } from '../schema/wheel';
import { expandEvent, isoWeekExists, ruleDates } from './expand';

const event = (rule: unknown) => WheelEvent.parse({ id: 'e1', title: 'Hendelse', ring: 'reporting', rule });

describe('recurrence expansion', () => {
  it('keeps 29 February in leap years and moves it to the 28th, with a note, in other years', () => {
    const occurrences = expandEvent(event({ kind: 'fixed', month: 2, day: 29 }), 2027, 2029);
    expect(occurrences.map((o) => [o.start, o.notes.length])).toEqual([
      ['2027-02-28', 1],
      ['2028-02-29', 0],
      ['2029-02-28', 1],
    ]);
    expect(occurrences[0]?.notes[0]).toEqual({
      kind: 'moved-to-last-day',
      requested: '02-29',
      date: '2027-02-28',
    });
    expect(occurrences.every((o) => o.kind === 'day' && o.start === o.end)).toBe(true);
  });

  it('gives a fixed date every year, with ids stable per occurrence', () => {
    const occurrences = expandEvent(event({ kind: 'fixed', month: 3, day: 15 }), 2026, 2029);
    expect(occurrences.map((o) => o.id)).toEqual([
      'e1@2026-03-15',
      'e1@2027-03-15',
      'e1@2028-03-15',
      'e1@2029-03-15',
    ]);
    expect(occurrences.map((o) => o.ruleYear)).toEqual([2026, 2027, 2028, 2029]);
  });

  it('runs a date range over new year into the next year', () => {
    const rule = { kind: 'range', start: { month: 12, day: 20 }, end: { month: 1, day: 10 } } as const;
    expect(ruleDates(rule, 2026)).toEqual({ start: '2026-12-20', end: '2027-01-10', notes: [] });
    const occurrences = expandEvent(event(rule), 2026, 2027);
    expect(occurrences.map((o) => [o.start, o.end, o.kind, o.ruleYear])).toEqual([
      ['2026-12-20', '2027-01-10', 'range', 2026],
      ['2027-12-20', '2028-01-10', 'range', 2027],
    ]);
  });

  it('ends a range on 28 February outside leap years when it asks for the 29th', () => {
    const rule = { kind: 'range', start: { month: 2, day: 1 }, end: { month: 2, day: 29 } } as const;
    expect(ruleDates(rule, 2028)?.end).toBe('2028-02-29');
    expect(ruleDates(rule, 2027)).toEqual({
      start: '2027-02-01',
      end: '2027-02-28',
      notes: [{ kind: 'moved-to-last-day', requested: '02-29', date: '2027-02-28' }],
    });
  });

  it('finds the n-th and the last weekday of a month, and skips years without a fifth one', () => {
    // Second Tuesday of September; last Friday of November.
    expect(ruleDates({ kind: 'nth-weekday', month: 9, weekday: 2, n: 2 }, 2026)?.start).toBe('2026-09-08');
    expect(ruleDates({ kind: 'nth-weekday', month: 11, weekday: 5, n: -1 }, 2026)?.start).toBe('2026-11-27');
    expect(ruleDates({ kind: 'nth-weekday', month: 5, weekday: 7, n: -1 }, 2027)?.start).toBe('2027-05-30');
    // First Monday when the month starts on a Monday.
    expect(ruleDates({ kind: 'nth-weekday', month: 3, weekday: 1, n: 1 }, 2027)?.start).toBe('2027-03-01');
    // February 2027 has four Mondays, February 2028 (leap year, starting on a Tuesday) too; March 2027 has five.
    expect(ruleDates({ kind: 'nth-weekday', month: 2, weekday: 1, n: 5 }, 2027)).toBeNull();
    expect(ruleDates({ kind: 'nth-weekday', month: 3, weekday: 1, n: 5 }, 2027)?.start).toBe('2027-03-29');
    const fifth = expandEvent(event({ kind: 'nth-weekday', month: 2, weekday: 2, n: 5 }), 2026, 2030);
    expect(fifth.map((o) => o.start)).toEqual(['2028-02-29']);
  });

  it('places ISO weeks by the ISO week-numbering year, with week 53 only in years that have it', () => {
    expect(isoWeekExists(2026, 53)).toBe(true);
    expect(isoWeekExists(2027, 53)).toBe(false);
    expect(isoWeekExists(2032, 53)).toBe(true);
    expect(ruleDates({ kind: 'iso-week', week: 53 }, 2026)).toEqual({
      start: '2026-12-28',
      end: '2027-01-03',
      notes: [],
    });
    expect(ruleDates({ kind: 'iso-week', week: 53 }, 2027)).toBeNull();
    // Week 1 of 2026 begins on Monday 29 December 2025.
    expect(ruleDates({ kind: 'iso-week', week: 1 }, 2026)?.start).toBe('2025-12-29');
    expect(ruleDates({ kind: 'iso-week', week: 48, weekday: 3 }, 2027)?.start).toBe('2027-12-01');
    const weeks = expandEvent(event({ kind: 'iso-week', week: 53, weekday: 5 }), 2026, 2032);
    // The Friday of week 53 of 2026 is New Year's Day 2027.
    expect(weeks.map((o) => [o.start, o.ruleYear])).toEqual([
      ['2027-01-01', 2026],
      ['2032-12-31', 2032],
    ]);
  });

  it('gives a one-off event only in its own year, as a day or a range', () => {
    expect(
      expandEvent(event({ kind: 'once', date: '2027-04-20' }), 2026, 2029).map((o) => [o.start, o.kind]),
    ).toEqual([['2027-04-20', 'day']]);
    const span = expandEvent(event({ kind: 'once', date: '2027-04-20', end: '2027-04-22' }), 2026, 2029);
    expect(span.map((o) => [o.start, o.end, o.kind])).toEqual([['2027-04-20', '2027-04-22', 'range']]);
  });
});
