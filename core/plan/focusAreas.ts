import { newId } from '../ids';
import { message } from '../messages/message';
import { type FocusArea, FocusArea as FocusAreaSchema } from '../schema/focusArea';
import type { Plan } from '../schema/plan';
import { PlanOperationError } from './errors';
import { moveItem, replaceItem } from './list';

export type FocusAreaChanges = Partial<Omit<FocusArea, 'id'>>;

export function addFocusArea(
  plan: Plan,
  fields: { title: string; id?: string } & FocusAreaChanges,
): { plan: Plan; focusArea: FocusArea } {
  const focusArea = FocusAreaSchema.parse({ ...fields, id: fields.id ?? newId() });
  return { plan: { ...plan, focusAreas: [...plan.focusAreas, focusArea] }, focusArea };
}

export function updateFocusArea(plan: Plan, id: string, changes: FocusAreaChanges): Plan {
  return {
    ...plan,
    focusAreas: replaceItem(
      plan.focusAreas,
      id,
      (f) => FocusAreaSchema.parse({ ...f, ...changes, id }),
      'focus-area',
    ),
  };
}

/** Removes an empty focus area. One that still has measures must have them moved or removed first. */
export function removeFocusArea(plan: Plan, id: string): Plan {
  const count = plan.measures.filter((m) => m.focusAreaId === id).length;
  if (count > 0) {
    throw new PlanOperationError(
      message(count === 1 ? 'plan.focus-area-has-measures.one' : 'plan.focus-area-has-measures', { count }),
    );
  }
  return { ...plan, focusAreas: plan.focusAreas.filter((f) => f.id !== id) };
}

export function moveFocusArea(plan: Plan, id: string, toIndex: number): Plan {
  return { ...plan, focusAreas: moveItem(plan.focusAreas, id, toIndex) };
}

/** Nothing is written in the focus area: no background, challenges or goals. */
export function focusAreaHasNoText(area: FocusArea): boolean {
  return (
    area.background.trim() === '' &&
    area.challenges.trim() === '' &&
    area.goals.every((g) => g.text.trim() === '' && g.indicators.length === 0)
  );
}

/**
 * A focus area the plan got from its template and nobody has used since: nothing written in it, and no
 * measure or workshop idea in it.
 */
export function isUntouchedTemplateArea(plan: Plan, area: FocusArea): boolean {
  return (
    area.templateId !== undefined &&
    focusAreaHasNoText(area) &&
    !plan.measures.some((m) => m.focusAreaId === area.id) &&
    !plan.workshopIdeas.some((idea) => idea.focusAreaId === area.id)
  );
}
