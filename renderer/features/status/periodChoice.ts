import type { ReportingPeriod } from '../../../core/reporting/periods';
import { comparePeriodIds } from '../../../core/reporting/periods';
import type { Plan } from '../../../core/schema/plan';

/** Today as `YYYY-MM-DD` in local time. */
export function isoToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The period a status round is most likely about on `today`: one that has ended and whose status collection
 * is still open, else the one running now; before the plan starts the first, after it ends the last.
 */
export function defaultRoundPeriod(
  periods: readonly ReportingPeriod[],
  today: string,
): ReportingPeriod | undefined {
  const collecting = periods.filter((p) => p.end < today && today <= p.collectionDeadline).at(-1);
  if (collecting) return collecting;
  const running = periods.find((p) => p.start <= today && today <= p.end);
  if (running) return running;
  const first = periods[0];
  if (first && today < first.start) return first;
  return periods.at(-1);
}

/** The later of two `YYYY-MM-DD` dates (they compare as text). */
export function laterDate(a: string, b: string): string {
  return a.localeCompare(b) >= 0 ? a : b;
}

/** The latest period that has at least one status report, if any. */
export function latestReportedPeriodId(plan: Pick<Plan, 'statusUpdates'>): string | undefined {
  let latest: string | undefined;
  for (const update of plan.statusUpdates) {
    if (latest === undefined || comparePeriodIds(update.periodId, latest) > 0) latest = update.periodId;
  }
  return latest;
}
