import type { Plan } from '../schema/plan';

/** The plan has been adopted at some point: it is adopted now, under revision or expired. */
export function hasBeenAdopted(plan: Pick<Plan, 'lifecycle'>): boolean {
  return plan.lifecycle === 'adopted' || plan.lifecycle === 'revision' || plan.lifecycle === 'expired';
}
