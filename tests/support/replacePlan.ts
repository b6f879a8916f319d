import type { DocumentState } from '../../contract/methods/plan';
import { op } from '../../core/operations/registry';
import { newStep } from '../../core/operations/step';
import type { Plan } from '../../core/schema/plan';
import type { ApiContext } from '../../electron/api/context';

/** Test set-up: puts `plan` (under the open plan's id) into the open plan as one step of the backend. */
export function replacePlan(ctx: ApiContext, docId: string, plan: Plan): DocumentState {
  const id = ctx.documents.plan(docId).id;
  return ctx.documents.applyOwn(docId, newStep([op('plan.replace', { plan: { ...plan, id } })]));
}
