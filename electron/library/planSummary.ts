import { format } from 'date-fns/format';
import type { LibraryPlanSummary } from '../../contract/methods/library';
import { expiredOrNotAdopted, expiresWithinYear, lifecycleStatus } from '../../core/lifecycle/state';
import { planMunicipalities } from '../../core/municipalities/municipalities';
import { comparePeriodIds } from '../../core/reporting/periods';
import type { Plan } from '../../core/schema/plan';
import { type PlanScorer, scorePlan } from './planScore';

function crisisCentreShelf(plan: Plan): LibraryPlanSummary['crisisCentre'] {
  const profile = plan.crisisCentre;
  if (!profile?.name.trim()) return null;
  const own = planMunicipalities(plan).map((m) => m.name);
  return {
    name: profile.name.trim(),
    catchment: [...own, ...(profile.otherMunicipalities ?? [])],
    duties: own.map((municipality) => {
      const facts = profile.municipalities.find((f) => f.municipality === municipality);
      return {
        municipality,
        contact: Boolean(facts?.contactPerson.trim()),
        internalControl: facts?.lastInternalControl !== undefined,
      };
    }),
  };
}

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
    municipalities: planMunicipalities(plan).map((m) => m.name),
    crisisCentre: crisisCentreShelf(plan),
  };
}

export function todayOf(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}
