import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { updateMeasure } from '../plan/measures';
import {
  type Grant,
  type GrantDecision,
  Grant as GrantSchema,
  type GrantScheme,
  type Measure,
  type Resources,
} from '../schema/measure';
import type { Plan } from '../schema/plan';

function measureOf(plan: Plan, measureId: string): Measure {
  const measure = plan.measures.find((m) => m.id === measureId);
  if (!measure) throw new PlanOperationError(message('plan.not-found.measure'));
  return measure;
}

/** Changes how a measure is paid for: the kind, the amount, the note. Grant details stay as they are. */
export function updateFunding(
  plan: Plan,
  measureId: string,
  changes: Partial<Pick<Resources, 'funding' | 'amountNok' | 'note'>>,
): Plan {
  const measure = measureOf(plan, measureId);
  return updateMeasure(plan, measureId, { resources: { ...measure.resources, ...changes } });
}

/**
 * Changes the grant details of a measure; the first change starts them (scheme «other» until one is chosen).
 * A measure whose grant is described is grant-funded, so the kind follows.
 */
export function updateGrant(plan: Plan, measureId: string, changes: Partial<Grant>): Plan {
  const measure = measureOf(plan, measureId);
  const before: Grant = measure.resources.grant ?? { scheme: 'other' satisfies GrantScheme, schemeName: '' };
  const checked = GrantSchema.safeParse({ ...before, ...changes });
  if (!checked.success) throw new PlanOperationError(message('funding.grant-ends-before-start'));
  return updateMeasure(plan, measureId, {
    resources: { ...measure.resources, funding: 'grant', grant: checked.data },
  });
}

/** Records (or with `undefined` withdraws) the decision on what happens when the grant ends. */
export function recordGrantDecision(
  plan: Plan,
  measureId: string,
  decision: GrantDecision | undefined,
): Plan {
  const measure = measureOf(plan, measureId);
  if (!measure.resources.grant) throw new PlanOperationError(message('funding.no-grant'));
  return updateGrant(plan, measureId, { decision });
}

/** The grant of a measure that is funded by one, or nothing. */
export function grantOf(measure: Measure): Grant | undefined {
  return measure.resources.funding === 'grant' ? measure.resources.grant : undefined;
}
