import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import {
  type Evaluation,
  Evaluation as EvaluationSchema,
  type Feedback,
  type FocusAreaEvaluation,
  type MeasureEvaluation,
  type ProcessIndicators,
} from '../schema/evaluation';
import type { Plan } from '../schema/plan';

/** Applies `change` to one evaluation of the plan, checks the result and stamps it. */
function withEvaluation(plan: Plan, id: string, at: Date, change: (e: Evaluation) => Evaluation): Plan {
  const evaluations = plan.evaluations ?? [];
  const current = evaluations.find((e) => e.id === id);
  if (!current) throw new PlanOperationError(message('evaluation.not-found'));
  const next = EvaluationSchema.parse({ ...change(current), updatedAt: at.toISOString() });
  return { ...plan, evaluations: evaluations.map((e) => (e.id === id ? next : e)) };
}

function replaceWhere<T>(items: readonly T[], matches: (item: T) => boolean, change: (item: T) => T): T[] {
  if (!items.some(matches)) throw new PlanOperationError(message('evaluation.row-not-found'));
  return items.map((item) => (matches(item) ? change(item) : item));
}

export type MeasureEvaluationChanges = Partial<Omit<MeasureEvaluation, 'measureId' | 'history'>>;

export function updateMeasureEvaluation(
  plan: Plan,
  evaluationId: string,
  measureId: string,
  changes: MeasureEvaluationChanges,
  at: Date,
): Plan {
  return withEvaluation(plan, evaluationId, at, (e) => ({
    ...e,
    measures: replaceWhere(
      e.measures,
      (m) => m.measureId === measureId,
      (m) => ({ ...m, ...changes }),
    ),
  }));
}

export function updateFocusAreaEvaluation(
  plan: Plan,
  evaluationId: string,
  focusAreaId: string,
  changes: Partial<Pick<FocusAreaEvaluation, 'goalsReached' | 'comment'>>,
  at: Date,
): Plan {
  return withEvaluation(plan, evaluationId, at, (e) => ({
    ...e,
    focusAreas: replaceWhere(
      e.focusAreas,
      (a) => a.focusAreaId === focusAreaId,
      (a) => ({ ...a, ...changes }),
    ),
  }));
}

/** Sets the process indicators of one unit, adding the unit's row when it has none. */
export function updateProcessIndicators(
  plan: Plan,
  evaluationId: string,
  unitId: string,
  changes: Partial<Omit<ProcessIndicators, 'unitId'>>,
  at: Date,
): Plan {
  if (!plan.units.some((u) => u.id === unitId)) throw new PlanOperationError(message('plan.not-found.unit'));
  return withEvaluation(plan, evaluationId, at, (e) => {
    const row = e.processIndicators.find((p) => p.unitId === unitId) ?? {
      unitId,
      staffTrained: '',
      routines: '',
      forums: '',
      individualPlanInUse: 'unknown' as const,
      note: '',
    };
    const next = { ...row, ...changes };
    const exists = e.processIndicators.some((p) => p.unitId === unitId);
    return {
      ...e,
      processIndicators: exists
        ? e.processIndicators.map((p) => (p.unitId === unitId ? next : p))
        : [...e.processIndicators, next],
    };
  });
}

export function addFeedback(plan: Plan, evaluationId: string, feedback: Feedback, at: Date): Plan {
  return withEvaluation(plan, evaluationId, at, (e) => ({ ...e, feedback: [...e.feedback, feedback] }));
}

export function updateFeedback(
  plan: Plan,
  evaluationId: string,
  id: string,
  changes: Partial<Omit<Feedback, 'id'>>,
  at: Date,
): Plan {
  return withEvaluation(plan, evaluationId, at, (e) => ({
    ...e,
    feedback: replaceWhere(
      e.feedback,
      (f) => f.id === id,
      (f) => ({ ...f, ...changes }),
    ),
  }));
}

export function removeFeedback(plan: Plan, evaluationId: string, id: string, at: Date): Plan {
  return withEvaluation(plan, evaluationId, at, (e) => ({
    ...e,
    feedback: replaceWhere(
      e.feedback,
      (f) => f.id === id,
      (f) => f,
    ).filter((f) => f.id !== id),
  }));
}

export function setOverall(
  plan: Plan,
  evaluationId: string,
  changes: Partial<Evaluation['overall']>,
  at: Date,
): Plan {
  return withEvaluation(plan, evaluationId, at, (e) => ({ ...e, overall: { ...e.overall, ...changes } }));
}
