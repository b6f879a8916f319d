import { format } from 'date-fns';
import type { LibraryPlanSummary } from '../../contract/methods/library';
import { expiredOrNotAdopted, expiresWithinYear, lifecycleStatus } from '../../core/lifecycle/state';
import { comparePeriodIds } from '../../core/reporting/periods';
import type { Plan } from '../../core/schema/plan';
import { type PlanScorer, scorePlan } from './planScore';

/**
 * What the library shows about one valid plan, its lifecycle judged on `today` (`YYYY-MM-DD`). Pure, so it is
 * tested without files.
 */
export function summarizePlan(
  plan: Plan,
  score: PlanScorer = scorePlan,
  today = todayOf(new Date()),
): LibraryPlanSummary {
  const status = lifecycleStatus(plan, today);
  const owned = plan.measures.filter(
    (m) => m.leadOwnerUnitId !== undefined && m.deadline !== undefined,
  ).length;
  const lastPeriod =
    plan.statusUpdates
      .map((u) => u.periodId)
      .sort(comparePeriodIds)
      .at(-1) ?? null;
  return {
    planId: plan.id,
    title: plan.title,
    municipality: plan.municipality.name,
    municipalityNumber: plan.municipality.number ?? null,
    fromYear: plan.period.fromYear,
    toYear: plan.period.toYear,
    lifecycle: plan.lifecycle,
    lifecycleState: status.state,
    daysLeft: status.daysLeft,
    expiredOrNotAdopted: expiredOrNotAdopted(status),
    expiresWithinYear: expiresWithinYear(status),
    measureCount: plan.measures.length,
    withOwnerAndDeadline: owned,
    ownerAndDeadlineShare:
      plan.measures.length === 0 ? null : Math.round((owned / plan.measures.length) * 100),
    lastStatusPeriod: lastPeriod,
    score: score(plan),
    updatedAt: plan.updatedAt,
  };
}

export function todayOf(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}
