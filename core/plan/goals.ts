import { newId } from '../ids';
import { message } from '../messages/message';
import type { Goal } from '../schema/focusArea';
import type { Plan } from '../schema/plan';
import { PlanOperationError } from './errors';
import { updateFocusArea } from './focusAreas';
import { replaceItem } from './list';

function goalsOf(plan: Plan, focusAreaId: string): Goal[] {
  const area = plan.focusAreas.find((f) => f.id === focusAreaId);
  if (!area) throw new PlanOperationError(message('plan.not-found.focus-area'));
  return area.goals;
}

/** Adds a goal to a focus area; goals are validated by the focus-area schema in `updateFocusArea`. */
export function addGoal(
  plan: Plan,
  focusAreaId: string,
  text: string,
  id: string = newId(),
): { plan: Plan; goal: Goal } {
  const goal: Goal = { id, text: text.trim(), indicators: [] };
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
  const goals = replaceItem(goalsOf(plan, focusAreaId), goalId, (g) => ({ ...g, ...changes }), 'goal');
  return updateFocusArea(plan, focusAreaId, { goals });
}

export function removeGoal(plan: Plan, focusAreaId: string, goalId: string): Plan {
  return updateFocusArea(plan, focusAreaId, {
    goals: goalsOf(plan, focusAreaId).filter((g) => g.id !== goalId),
  });
}
