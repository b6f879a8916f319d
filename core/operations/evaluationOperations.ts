import * as z from 'zod';
import {
  addFeedback,
  removeFeedback,
  setOverall,
  updateFeedback,
  updateFocusAreaEvaluation,
  updateMeasureEvaluation,
  updateProcessIndicators,
} from '../evaluation/edits';
import { prefillPlanEvaluation } from '../evaluation/prefill';
import { Id, IsoDate } from '../schema/common';
import {
  EvaluationKind,
  Evaluation as EvaluationSchema,
  Feedback,
  FocusAreaEvaluation,
  MeasureEvaluation,
  ProcessIndicators,
} from '../schema/evaluation';
import { cleared, defineOperation, patchOf } from './operation';

const MeasureChanges = patchOf(MeasureEvaluation.omit({ measureId: true, history: true }));
const AreaChanges = patchOf(FocusAreaEvaluation.pick({ goalsReached: true, comment: true }));
const ProcessChanges = patchOf(ProcessIndicators.omit({ unitId: true }));
const FeedbackChanges = patchOf(Feedback.omit({ id: true }));
const OverallChanges = patchOf(EvaluationSchema.shape.overall.unwrap());

/** Edits of the evaluation: prefill (or refresh) from the status history, then the group's answers. */
export const evaluationOperations = {
  'evaluation.prefill': defineOperation({
    args: z.object({ kind: EvaluationKind, asOf: IsoDate, id: Id.optional() }).strict(),
    apply: (plan, { kind, asOf, id }, { at }) => prefillPlanEvaluation(plan, kind, asOf, at, id),
  }),
  'evaluation.updateMeasure': defineOperation({
    args: z.object({ evaluationId: Id, measureId: Id, changes: MeasureChanges }).strict(),
    apply: (plan, { evaluationId, measureId, changes }, { at }) =>
      updateMeasureEvaluation(plan, evaluationId, measureId, cleared(changes), at),
  }),
  'evaluation.updateFocusArea': defineOperation({
    args: z.object({ evaluationId: Id, focusAreaId: Id, changes: AreaChanges }).strict(),
    apply: (plan, { evaluationId, focusAreaId, changes }, { at }) =>
      updateFocusAreaEvaluation(plan, evaluationId, focusAreaId, cleared(changes), at),
  }),
  'evaluation.updateProcessIndicators': defineOperation({
    args: z.object({ evaluationId: Id, unitId: Id, changes: ProcessChanges }).strict(),
    apply: (plan, { evaluationId, unitId, changes }, { at }) =>
      updateProcessIndicators(plan, evaluationId, unitId, cleared(changes), at),
  }),
  'evaluation.addFeedback': defineOperation({
    args: z.object({ evaluationId: Id, feedback: Feedback }).strict(),
    apply: (plan, { evaluationId, feedback }, { at }) => addFeedback(plan, evaluationId, feedback, at),
  }),
  'evaluation.updateFeedback': defineOperation({
    args: z.object({ evaluationId: Id, id: Id, changes: FeedbackChanges }).strict(),
    apply: (plan, { evaluationId, id, changes }, { at }) =>
      updateFeedback(plan, evaluationId, id, cleared(changes), at),
  }),
  'evaluation.removeFeedback': defineOperation({
    args: z.object({ evaluationId: Id, id: Id }).strict(),
    apply: (plan, { evaluationId, id }, { at }) => removeFeedback(plan, evaluationId, id, at),
  }),
  'evaluation.setOverall': defineOperation({
    args: z.object({ evaluationId: Id, changes: OverallChanges }).strict(),
    apply: (plan, { evaluationId, changes }, { at }) => setOverall(plan, evaluationId, cleared(changes), at),
  }),
};
