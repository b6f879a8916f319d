import { comparePeriodIds } from '../reporting/periods';
import type { Measure } from '../schema/measure';
import type { Plan } from '../schema/plan';
import { MeasureStatus, type StatusUpdate } from '../schema/status';

/**
 * The status a reader should see for an update: «Gjennomført» reported after the measure's deadline becomes
 * «Gjennomført etter frist».
 */
export function effectiveStatus(
  update: Pick<StatusUpdate, 'status' | 'asOf'>,
  measure: Pick<Measure, 'deadline'>,
): MeasureStatus {
  if (update.status === 'done' && measure.deadline && update.asOf > measure.deadline) return 'done-late';
  return update.status;
}

/** Updates that a later correction has not replaced. */
export function currentUpdates(updates: readonly StatusUpdate[]): StatusUpdate[] {
  const corrected = new Set(updates.map((u) => u.corrects).filter((id): id is string => id !== undefined));
  return updates.filter((u) => !corrected.has(u.id));
}

function later(a: StatusUpdate, b: StatusUpdate): StatusUpdate {
  const byPeriod = comparePeriodIds(a.periodId, b.periodId);
  if (byPeriod !== 0) return byPeriod > 0 ? a : b;
  return a.reportedAt >= b.reportedAt ? a : b;
}

/**
 * The latest report of each measure up to and including `periodId` (all periods when absent).
 * Measures without any report are missing from the map.
 */
export function latestUpdateByMeasure(
  plan: Pick<Plan, 'statusUpdates'>,
  periodId?: string,
): Map<string, StatusUpdate> {
  const latest = new Map<string, StatusUpdate>();
  for (const update of currentUpdates(plan.statusUpdates)) {
    if (periodId !== undefined && comparePeriodIds(update.periodId, periodId) > 0) continue;
    const seen = latest.get(update.measureId);
    latest.set(update.measureId, seen ? later(update, seen) : update);
  }
  return latest;
}

/** The current report of each measure in exactly this period. */
export function updatesInPeriod(
  plan: Pick<Plan, 'statusUpdates'>,
  periodId: string,
): Map<string, StatusUpdate> {
  const result = new Map<string, StatusUpdate>();
  for (const update of currentUpdates(plan.statusUpdates)) {
    if (update.periodId !== periodId) continue;
    const seen = result.get(update.measureId);
    result.set(update.measureId, seen ? later(update, seen) : update);
  }
  return result;
}

export type StatusOrMissing = MeasureStatus | 'no-report';

export interface FocusAreaStatusCount {
  focusAreaId: string;
  counts: Record<StatusOrMissing, number>;
  total: number;
}

export const ALL_STATUSES_AND_MISSING: readonly StatusOrMissing[] = [...MeasureStatus.options, 'no-report'];

function emptyCounts(): Record<StatusOrMissing, number> {
  return Object.fromEntries(ALL_STATUSES_AND_MISSING.map((s) => [s, 0])) as Record<StatusOrMissing, number>;
}

/** Counts of each measure's latest status (up to `periodId`) per focus area, in focus-area order. */
export function statusCountsByFocusArea(plan: Plan, periodId?: string): FocusAreaStatusCount[] {
  const latest = latestUpdateByMeasure(plan, periodId);
  return plan.focusAreas.map((area) => {
    const counts = emptyCounts();
    const measures = plan.measures.filter((m) => m.focusAreaId === area.id);
    for (const measure of measures) {
      const update = latest.get(measure.id);
      counts[update ? effectiveStatus(update, measure) : 'no-report'] += 1;
    }
    return { focusAreaId: area.id, counts, total: measures.length };
  });
}
