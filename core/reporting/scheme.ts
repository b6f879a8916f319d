import type { Plan } from '../schema/plan';
import { type ReportingCycle, ReportingScheme } from '../schema/reporting';
import { periodId } from './periods';

/** Whether an override's period id belongs to the cycle (`2027-T2` to tertials). */
function belongsTo(cycle: ReportingCycle, id: string): boolean {
  const suffix = periodId(cycle, 2000, 1).slice(5, 6);
  return new RegExp(`^\\d{4}-${suffix}\\d$`).test(id);
}

/**
 * Puts a new reporting scheme on the plan. Adjustments made for periods of another cycle would never apply
 * again, so they go, and the caller is told how many.
 */
export function applyScheme(plan: Plan, scheme: ReportingScheme): { plan: Plan; droppedOverrides: number } {
  const overrides = scheme.overrides.filter((o) => belongsTo(scheme.cycle, o.periodId));
  return {
    plan: { ...plan, reportingScheme: { ...scheme, overrides } },
    droppedOverrides: scheme.overrides.length - overrides.length,
  };
}

export interface PeriodAdjustment {
  collectionDeadline?: string;
  meetingBody?: string;
  meetingDate?: string;
}

/** Sets (or, with nothing in it, removes) the adjustment of one period. */
export function setPeriodOverride(plan: Plan, id: string, adjustment: PeriodAdjustment): Plan {
  const others = plan.reportingScheme.overrides.filter((o) => o.periodId !== id);
  const clean = Object.fromEntries(
    Object.entries(adjustment).filter(([, value]) => typeof value === 'string' && value.trim() !== ''),
  ) as PeriodAdjustment;
  const overrides = Object.keys(clean).length === 0 ? others : [...others, { periodId: id, ...clean }];
  return { ...plan, reportingScheme: ReportingScheme.parse({ ...plan.reportingScheme, overrides }) };
}
