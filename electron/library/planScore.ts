import type { Plan } from '../../core/schema/plan';

/**
 * The library's quality score of a plan, 0–100.
 *
 * MERGE NOTE: this is a stand-in until the plan-quality check (core/quality, `qualityScore(plan)`) is in:
 * then point `scorePlan` at it and delete the local rule below. The library only depends on this signature.
 */
export type PlanScorer = (plan: Plan) => number;

/** Share of measures (in whole per cent) that have an owner, a deadline (or period) and a description. */
export const scorePlan: PlanScorer = (plan) => {
  if (plan.measures.length === 0) return 0;
  const complete = plan.measures.filter(
    (m) =>
      m.leadOwnerUnitId !== undefined &&
      (m.deadline !== undefined || m.period !== undefined) &&
      m.description.trim().length > 0,
  ).length;
  return Math.round((complete / plan.measures.length) * 100);
};
