import { getISODay } from 'date-fns/getISODay';
import { getISOWeek } from 'date-fns/getISOWeek';
import { parseISO } from 'date-fns/parseISO';
import type { Occurrence } from './occurrence';

/** ISO weeks when most of Norway is on summer holiday (fellesferien and the weeks around it). */
export const SUMMER_HOLIDAY_WEEKS: readonly number[] = [28, 29, 30, 31];

/** A Norwegian public holiday (helligdag or høytidsdag) on `date` (`YYYY-MM-DD`). */
export interface PublicHoliday {
  date: string;
  name: string;
}

export type DateWarningReason = 'public-holiday' | 'weekend' | 'summer-holiday';

export interface DateWarning {
  occurrenceId: string;
  /** The date that is a problem: the day itself, or the last day of a collection window. */
  date: string;
  reasons: DateWarningReason[];
  /** Names of the holidays on that date (two can fall together, e.g. 17 May and Whit Monday). */
  holidayNames: string[];
}

/**
 * The date of an occurrence that someone must meet, or null when there is none. Deadlines, collection dates,
 * meetings and other single days count; campaign and awareness days are fixed by others and do not. Of a
 * window in the reporting ring (a status collection), its last day counts.
 */
export function deadlineDate(occurrence: Occurrence): string | null {
  if (occurrence.kind === 'day') return occurrence.ring === 'campaign' ? null : occurrence.start;
  return occurrence.ring === 'reporting' ? occurrence.end : null;
}

/** Why `date` is a poor deadline; empty when it is an ordinary working day. */
export function dateProblems(
  date: string,
  holidaysByDate: ReadonlyMap<string, readonly string[]>,
): { reasons: DateWarningReason[]; holidayNames: string[] } {
  const parsed = parseISO(date);
  const reasons: DateWarningReason[] = [];
  const holidayNames = [...(holidaysByDate.get(date) ?? [])];
  if (holidayNames.length > 0) reasons.push('public-holiday');
  if (getISODay(parsed) >= 6) reasons.push('weekend');
  if (SUMMER_HOLIDAY_WEEKS.includes(getISOWeek(parsed))) reasons.push('summer-holiday');
  return { reasons, holidayNames };
}

export function indexHolidays(holidays: readonly PublicHoliday[]): Map<string, string[]> {
  const byDate = new Map<string, string[]>();
  for (const holiday of holidays)
    byDate.set(holiday.date, [...(byDate.get(holiday.date) ?? []), holiday.name]);
  return byDate;
}

/** A warning for every deadline-like occurrence on a public holiday, a weekend or in the summer holiday weeks. */
export function dateWarnings(
  occurrences: readonly Occurrence[],
  holidays: readonly PublicHoliday[],
): DateWarning[] {
  const byDate = indexHolidays(holidays);
  const warnings: DateWarning[] = [];
  for (const occurrence of occurrences) {
    const date = deadlineDate(occurrence);
    if (!date) continue;
    const { reasons, holidayNames } = dateProblems(date, byDate);
    if (reasons.length > 0) warnings.push({ occurrenceId: occurrence.id, date, reasons, holidayNames });
  }
  return warnings;
}
