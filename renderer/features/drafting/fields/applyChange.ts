import type { PageOperationCall } from '../../../../core/operations/registry';
import { applyStep, newStep } from '../../../../core/operations/step';
import { userMessage } from '../../../app/errors';
import type { PlanDocument } from '../../document/usePlanDocument';

/**
 * Runs operations through the document (one undo step, autosaved). When an operation refuses, its message is
 * returned for the field instead of being shown at the top of the page.
 */
export function applyChange(doc: PlanDocument, ...calls: PageOperationCall[]): string | null {
  try {
    applyStep(doc.plan, newStep(calls));
  } catch (error) {
    return userMessage(error);
  }
  return doc.apply(...calls) ? null : '';
}
