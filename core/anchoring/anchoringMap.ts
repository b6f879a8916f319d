import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { type AnchoringMap, type SteeringDocumentEntry, SteeringDocumentKind } from '../schema/lifecycle';
import type { Plan } from '../schema/plan';

/** The steering documents in the order the map lists them. */
export const STEERING_DOCUMENT_KINDS: readonly SteeringDocumentKind[] = SteeringDocumentKind.options;

const EMPTY: AnchoringMap = { documents: [], steeringGoals: [] };

export function anchoringMapOf(plan: Pick<Plan, 'anchoringMap'>): AnchoringMap {
  return plan.anchoringMap ?? EMPTY;
}

/** The entry for one steering document, or an unanswered one. */
export function steeringDocument(
  plan: Pick<Plan, 'anchoringMap'>,
  kind: SteeringDocumentKind,
): SteeringDocumentEntry {
  return (
    anchoringMapOf(plan).documents.find((d) => d.kind === kind) ?? { kind, document: '', caseNumber: '' }
  );
}

/** Whether the plan's topic appears (fully or partly) in at least one steering document. */
export function linkedToSteeringDocument(plan: Pick<Plan, 'anchoringMap'>): boolean {
  return anchoringMapOf(plan).documents.some((d) => d.presence === 'yes' || d.presence === 'partly');
}

/** Answers one row of the map: does the topic appear in that document, and where. */
export function setSteeringDocument(plan: Plan, entry: SteeringDocumentEntry): Plan {
  const map = anchoringMapOf(plan);
  const others = map.documents.filter((d) => d.kind !== entry.kind);
  const documents = [...others, entry].sort(
    (a, b) => STEERING_DOCUMENT_KINDS.indexOf(a.kind) - STEERING_DOCUMENT_KINDS.indexOf(b.kind),
  );
  return { ...plan, anchoringMap: { ...map, documents } };
}

/** Marks a focus-area goal as a steering goal with its code, or unmarks it (`code` null). */
export function markSteeringGoal(plan: Plan, goalId: string, code: string | null): Plan {
  if (!plan.focusAreas.some((f) => f.goals.some((g) => g.id === goalId))) {
    throw new PlanOperationError(message('plan.not-found.goal'));
  }
  const map = anchoringMapOf(plan);
  const others = map.steeringGoals.filter((g) => g.goalId !== goalId);
  const steeringGoals = code === null ? others : [...others, { goalId, code: code.trim() }];
  return { ...plan, anchoringMap: { ...map, steeringGoals } };
}

/** The goals marked as steering goals, in plan order, with their focus area. */
export function steeringGoalRows(
  plan: Plan,
): { focusArea: string; focusAreaNumber: number; goalId: string; goal: string; code: string }[] {
  const codes = new Map(anchoringMapOf(plan).steeringGoals.map((g) => [g.goalId, g.code]));
  return plan.focusAreas.flatMap((area, i) =>
    area.goals
      .filter((g) => codes.has(g.id))
      .map((g) => ({
        focusArea: area.title,
        focusAreaNumber: i + 1,
        goalId: g.id,
        goal: g.text,
        code: codes.get(g.id) ?? '',
      })),
  );
}
