import { newId } from '../../../../core/ids';
import { PlanOperationError } from '../../../../core/plan/errors';
import { updateFocusArea } from '../../../../core/plan/focusAreas';
import { replaceItem } from '../../../../core/plan/list';
import type { Goal } from '../../../../core/schema/focusArea';
import type { Plan } from '../../../../core/schema/plan';

function goalsOf(plan: Plan, focusAreaId: string): Goal[] {
  const area = plan.focusAreas.find((f) => f.id === focusAreaId);
  if (!area) throw new PlanOperationError('Fant ikke satsingsområdet');
  return area.goals;
}

/** Adds a goal to a focus area; goals are validated by the focus-area schema in `updateFocusArea`. */
export function addGoal(plan: Plan, focusAreaId: string, text: string): { plan: Plan; goal: Goal } {
  const goal: Goal = { id: newId(), text: text.trim(), indicators: [] };
  return {
    plan: updateFocusArea(plan, focusAreaId, { goals: [...goalsOf(plan, focusAreaId), goal] }),
    goal,
  };
}

export function updateGoal(
  plan: Plan,
  focusAreaId: string,
  goalId: string,
  changes: Partial<Omit<Goal, 'id'>>,
): Plan {
  const goals = replaceItem(goalsOf(plan, focusAreaId), goalId, (g) => ({ ...g, ...changes }), 'målet');
  return updateFocusArea(plan, focusAreaId, { goals });
}

export function removeGoal(plan: Plan, focusAreaId: string, goalId: string): Plan {
  return updateFocusArea(plan, focusAreaId, {
    goals: goalsOf(plan, focusAreaId).filter((g) => g.id !== goalId),
  });
}
