/** Days in each month in a leap year: the most a yearly date may ask for. */
const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The last day a yearly date may have in `month` (1–12). 29 February is allowed; in other years it falls on
 * the 28th.
 */
export function maxDayOfMonth(month: number): number {
  return MAX_DAYS[month - 1] ?? 31;
}
