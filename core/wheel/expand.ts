import { addDays } from 'date-fns/addDays';
import { addWeeks } from 'date-fns/addWeeks';
import { format } from 'date-fns/format';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { getISODay } from 'date-fns/getISODay';
import { getISOWeeksInYear } from 'date-fns/getISOWeeksInYear';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import type { RecurrenceRule, WheelEvent } from '../schema/wheel';
import type { MovedDateNote, Occurrence } from './occurrence';

/** The days one rule gives in one year (`end` inclusive), or null when the rule has no date that year. */
export interface RuleDates {
  start: string;
  end: string;
  notes: MovedDateNote[];
}

const iso = (date: Date) => format(date, 'yyyy-MM-dd');
const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar day; a day the month lacks (29 February in 2027) becomes the month's last day, with a note. */
function monthDay(year: number, month: number, day: number, notes: MovedDateNote[]): string {
  const days = getDaysInMonth(new Date(year, month - 1, 1));
  if (day <= days) return iso(new Date(year, month - 1, day));
  const date = iso(new Date(year, month - 1, days));
  notes.push({ kind: 'moved-to-last-day', requested: `${pad(month)}-${pad(day)}`, date });
  return date;
}

/** Whether ISO week `week` exists in ISO year `year` (week 53 only in some years, e.g. 2026 and 2032). */
export function isoWeekExists(year: number, week: number): boolean {
  return week >= 1 && week <= getISOWeeksInYear(new Date(year, 5, 1));
}

/** Monday of ISO week `week` of ISO year `year`; 4 January is always in week 1. */
function isoWeekMonday(year: number, week: number): Date {
  return addWeeks(startOfISOWeek(new Date(year, 0, 4)), week - 1);
}

/** The `n`-th (1–5, or -1 for the last) ISO weekday of a month, or null when the month has no such day. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Date | null {
  if (n === -1) {
    const last = lastDayOfMonth(new Date(year, month - 1, 1));
    return addDays(last, -((getISODay(last) - weekday + 7) % 7));
  }
  const first = new Date(year, month - 1, 1);
  const date = addDays(first, ((weekday - getISODay(first) + 7) % 7) + (n - 1) * 7);
  return date.getMonth() === month - 1 ? date : null;
}

/**
 * What `rule` gives in `year`. For `iso-week` the year is the ISO week-numbering year (week 1 of 2026 starts
 * on 29 December 2025); for `once` there is a result only in the year of its date.
 */
export function ruleDates(rule: RecurrenceRule, year: number): RuleDates | null {
  const notes: MovedDateNote[] = [];
  switch (rule.kind) {
    case 'fixed': {
      const day = monthDay(year, rule.month, rule.day, notes);
      return { start: day, end: day, notes };
    }
    case 'range': {
      const { start, end } = rule;
      const crossesNewYear = end.month < start.month || (end.month === start.month && end.day < start.day);
      return {
        start: monthDay(year, start.month, start.day, notes),
        end: monthDay(crossesNewYear ? year + 1 : year, end.month, end.day, notes),
        notes,
      };
    }
    case 'nth-weekday': {
      const date = nthWeekday(year, rule.month, rule.weekday, rule.n);
      return date ? { start: iso(date), end: iso(date), notes } : null;
    }
    case 'iso-week': {
      if (!isoWeekExists(year, rule.week)) return null;
      const monday = isoWeekMonday(year, rule.week);
      if (rule.weekday !== undefined) {
        const day = iso(addDays(monday, rule.weekday - 1));
        return { start: day, end: day, notes };
      }
      return { start: iso(monday), end: iso(addDays(monday, 6)), notes };
    }
    case 'once': {
      if (Number(rule.date.slice(0, 4)) !== year) return null;
      const end = rule.end && rule.end > rule.date ? rule.end : rule.date;
      return { start: rule.date, end, notes };
    }
  }
}

/** Every occurrence of a wheel event that its rule gives for the years `fromYear`–`toYear`. */
export function expandEvent(event: WheelEvent, fromYear: number, toYear: number): Occurrence[] {
  const occurrences: Occurrence[] = [];
  for (let year = fromYear; year <= toYear; year += 1) {
    const dates = ruleDates(event.rule, year);
    if (!dates) continue;
    occurrences.push({
      id: `${event.id}@${dates.start}`,
      eventId: event.id,
      title: event.title,
      ring: event.ring,
      start: dates.start,
      end: dates.end,
      kind: dates.start === dates.end ? 'day' : 'range',
      source: 'event',
      ...(event.ownerUnitId ? { ownerUnitId: event.ownerUnitId } : {}),
      ruleYear: year,
      notes: dates.notes,
    });
  }
  return occurrences;
}
