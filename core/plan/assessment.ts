import type { Plan } from '../schema/plan';
import { AssessmentAnswer } from '../schema/plan';

export type AnswerValue = 'yes' | 'partly' | 'no' | 'unknown';

/** Sets the answer and/or note of one checklist item, keeping the answers of all other items. */
export function setAssessmentAnswer(
  plan: Plan,
  itemId: string,
  changes: { answer?: AnswerValue; note?: string },
): Plan {
  const existing = plan.assessment.find((a) => a.itemId === itemId);
  const next = AssessmentAnswer.parse({ ...(existing ?? { itemId }), ...changes, itemId });
  return {
    ...plan,
    assessment: existing
      ? plan.assessment.map((a) => (a.itemId === itemId ? next : a))
      : [...plan.assessment, next],
  };
}
