import { comparePeriodIds } from '../reporting/periods';
import type { Plan } from '../schema/plan';
import type { MeasureStatus, StatusUpdate } from '../schema/status';
import { currentUpdates } from './summary';

/** Statuses after which a measure needs no more reports in this plan. */
export const FINISHED_STATUSES: readonly MeasureStatus[] = ['done', 'done-late', 'stopped', 'continued'];

export function isFinished(status: MeasureStatus | undefined): boolean {
  return status !== undefined && FINISHED_STATUSES.includes(status);
}

/** Each measure's latest current report from a period before `periodId`. */
export function latestUpdateBefore(
  plan: Pick<Plan, 'statusUpdates'>,
  periodId: string,
): Map<string, StatusUpdate> {
  const latest = new Map<string, StatusUpdate>();
  for (const update of currentUpdates(plan.statusUpdates)) {
    if (comparePeriodIds(update.periodId, periodId) >= 0) continue;
    const seen = latest.get(update.measureId);
    const newer =
      !seen ||
      comparePeriodIds(update.periodId, seen.periodId) > 0 ||
      (update.periodId === seen.periodId && update.reportedAt >= seen.reportedAt);
    if (newer) latest.set(update.measureId, update);
  }
  return latest;
}
