import type { Plan } from '../schema/plan';
import type { AnswerValue } from './assessment';
import { setAssessmentAnswer } from './assessment';
import { updatePlanDetails } from './planDetails';

/**
 * Checklist items that ask a KOSTRA question the plan also records (`plan.kostra`). KOSTRA takes yes or no,
 * so «partly» counts as no and «don't know» leaves the KOSTRA answer open.
 */
export const KOSTRA_ITEMS: Readonly<Record<string, 'politicallyAdoptedPlan' | 'coordinatorNamed'>> = {
  'kostra-adopted-plan': 'politicallyAdoptedPlan',
  'kostra-coordinator': 'coordinatorNamed',
};

const KOSTRA_VALUE: Record<AnswerValue, boolean | null> = {
  yes: true,
  partly: false,
  no: false,
  unknown: null,
};

/** Records a checklist answer, and for the KOSTRA questions the plan's KOSTRA answer with it (one step). */
export function answerChecklistItem(plan: Plan, itemId: string, answer: AnswerValue): Plan {
  const answered = setAssessmentAnswer(plan, itemId, { answer });
  const field = KOSTRA_ITEMS[itemId];
  if (!field) return answered;
  return updatePlanDetails(answered, { kostra: { ...answered.kostra, [field]: KOSTRA_VALUE[answer] } });
}
