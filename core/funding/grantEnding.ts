import { addMonths } from 'date-fns/addMonths';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { Measure } from '../schema/measure';
import { grantDecisionsDue } from './grantDecision';

/** How far ahead a grant's end is looked for: a year, so the decision can go into the next budget. */
export const GRANT_ENDING_WINDOW_MONTHS = 12;

/** The day `months` after `today` (`YYYY-MM-DD`). */
export function monthsAfter(today: string, months: number): string {
  return format(addMonths(parseISO(today), months), 'yyyy-MM-dd');
}

/**
 * Grant-funded measures whose grant ends from `today` to twelve months later, soonest first; with `undecided`
 * only those where no decision on what happens next is recorded.
 */
export function grantsEndingWithin12Months(
  measures: readonly Measure[],
  today: string,
  options: { undecided?: boolean } = {},
) {
  const until = monthsAfter(today, GRANT_ENDING_WINDOW_MONTHS);
  return grantDecisionsDue(measures)
    .filter((g) => g.grantEnd >= today && g.grantEnd <= until && !(options.undecided && g.decided))
    .sort((a, b) => a.grantEnd.localeCompare(b.grantEnd));
}
