import { newId } from '../ids';
import { message } from '../messages/message';
import { type Measure, type MeasureInput, Measure as MeasureSchema } from '../schema/measure';
import type { Plan } from '../schema/plan';
import { PlanOperationError } from './errors';
import { replaceItem } from './list';

export type MeasureChanges = Partial<Omit<MeasureInput, 'id'>>;

function requireFocusArea(plan: Plan, focusAreaId: string): void {
  if (!plan.focusAreas.some((f) => f.id === focusAreaId)) {
    throw new PlanOperationError(message('plan.focus-area-required'));
  }
}

/** Adds a measure at the end of its focus area (or after `afterId`). */
export function addMeasure(
  plan: Plan,
  fields: { focusAreaId: string; title: string; id?: string } & MeasureChanges,
  afterId?: string,
): { plan: Plan; measure: Measure } {
  requireFocusArea(plan, fields.focusAreaId);
  const measure = MeasureSchema.parse({ ...fields, id: fields.id ?? newId() });
  const measures = [...plan.measures];
  const anchor = afterId ? measures.findIndex((m) => m.id === afterId) : -1;
  if (anchor >= 0) {
    measures.splice(anchor + 1, 0, measure);
  } else {
    const lastInArea = measures.map((m) => m.focusAreaId).lastIndexOf(fields.focusAreaId);
    measures.splice(lastInArea >= 0 ? lastInArea + 1 : measures.length, 0, measure);
  }
  return { plan: { ...plan, measures }, measure };
}

export function updateMeasure(plan: Plan, id: string, changes: MeasureChanges): Plan {
  if (changes.focusAreaId) requireFocusArea(plan, changes.focusAreaId);
  return {
    ...plan,
    measures: replaceItem(plan.measures, id, (m) => MeasureSchema.parse({ ...m, ...changes, id }), 'measure'),
  };
}

/**
 * Removes a measure. A measure that has been reported on cannot disappear: it must get the status
 * «Endret» or «Avsluttet – ikke gjennomført» with a reason instead.
 */
export function removeMeasure(plan: Plan, id: string): Plan {
  if (plan.statusUpdates.some((u) => u.measureId === id)) {
    throw new PlanOperationError(message('plan.measure-has-reports'));
  }
  return {
    ...plan,
    measures: plan.measures.filter((m) => m.id !== id),
    wheelEvents: plan.wheelEvents.map((e) => ({
      ...e,
      measureIds: e.measureIds.filter((mid) => mid !== id),
    })),
  };
}

/**
 * Moves a measure to position `toIndex` within `focusAreaId` (which may be another area).
 * The order of `plan.measures` within each area is the numbering order.
 */
export function moveMeasure(plan: Plan, id: string, focusAreaId: string, toIndex: number): Plan {
  requireFocusArea(plan, focusAreaId);
  const measure = plan.measures.find((m) => m.id === id);
  if (!measure) throw new PlanOperationError(message('plan.not-found.measure'));
  const rest = plan.measures.filter((m) => m.id !== id);
  const moved =
    measure.focusAreaId === focusAreaId ? measure : { ...measure, focusAreaId, number: undefined };
  const inArea = rest.filter((m) => m.focusAreaId === focusAreaId);
  const clamped = Math.max(0, Math.min(toIndex, inArea.length));
  let insertAt: number;
  if (inArea.length === 0) {
    const areaOrder = plan.focusAreas.map((f) => f.id);
    const targetRank = areaOrder.indexOf(focusAreaId);
    const after = rest.findIndex((m) => areaOrder.indexOf(m.focusAreaId) > targetRank);
    insertAt = after < 0 ? rest.length : after;
  } else if (clamped === inArea.length) {
    insertAt = rest.indexOf(inArea[inArea.length - 1] as Measure) + 1;
  } else {
    insertAt = rest.indexOf(inArea[clamped] as Measure);
  }
  const measures = [...rest];
  measures.splice(insertAt, 0, moved);
  return { ...plan, measures };
}

/** Measures in display order: by focus area order, then by their order within the area. */
export function measuresInOrder(plan: Pick<Plan, 'focusAreas' | 'measures'>): Measure[] {
  return plan.focusAreas.flatMap((f) => plan.measures.filter((m) => m.focusAreaId === f.id));
}
