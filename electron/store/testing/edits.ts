import type { DocumentState } from '../../../contract/methods/plan';
import { op } from '../../../core/operations/registry';
import { newStep } from '../../../core/operations/step';
import type { PlanDocuments } from '../planDocuments';

/** Renames the open plan as the page would: one step, applied by the store. */
export function retitle(documents: PlanDocuments, docId: string, title: string, at?: Date): DocumentState {
  return documents.applyOwn(docId, newStep([op('plan.updateDetails', { changes: { title } })], at));
}
