import { qualityScore } from '../../core/quality/score';
import type { Plan } from '../../core/schema/plan';

export type PlanScorer = (plan: Plan) => number;

/** The library's score of a plan, 0–100: the same score as the plan-quality check gives. */
export const scorePlan: PlanScorer = (plan) => qualityScore(plan);
