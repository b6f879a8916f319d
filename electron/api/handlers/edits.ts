import { PlanOperationError } from '../../../core/plan/errors';
import type { Handlers } from '../handler';

export const editHandlers: Handlers<'plan.apply'> = {
  'plan.apply': (input, ctx) => {
    const { refused, ...state } = ctx.documents.apply(input.docId, input.baseRevision, input.steps);
    if (!refused) return state;
    const text = refused.error instanceof PlanOperationError ? refused.error.text : undefined;
    return {
      ...state,
      refused: { stepId: refused.stepId, message: refused.error.message, ...(text ? { text } : {}) },
    };
  },
};
