import type { Plan } from '../../../../core/schema/plan';
import { userMessage } from '../../../app/errors';
import type { PlanDocument } from '../../document/usePlanDocument';

/**
 * Runs a plan operation through the document (one undo step, autosaved). When the operation refuses, its
 * message is returned for the field instead of being shown at the top of the page.
 */
export function applyChange(doc: PlanDocument, operation: (plan: Plan) => Plan): string | null {
  try {
    operation(doc.plan);
  } catch (error) {
    return userMessage(error);
  }
  return doc.apply(operation) ? null : '';
}
