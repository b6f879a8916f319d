import * as z from 'zod';
import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { addMeasure, moveMeasure, removeMeasure, updateMeasure } from '../plan/measures';
import { Id, ShortText } from '../schema/common';
import { Measure } from '../schema/measure';
import type { Plan } from '../schema/plan';
import { cleared, defineOperation, patchOf } from './operation';

const MeasureChanges = patchOf(Measure.omit({ id: true }));
const MeasureFields = patchOf(Measure.omit({ id: true, focusAreaId: true, title: true }));

/** Makes `unitId` the one lead owner; it stops being a partner of the same measure. */
export function setLeadOwner(plan: Plan, id: string, unitId: string | undefined): Plan {
  const measure = plan.measures.find((m) => m.id === id);
  if (!measure) throw new PlanOperationError(message('plan.not-found.measure'));
  return updateMeasure(plan, id, {
    leadOwnerUnitId: unitId,
    partnerUnitIds: measure.partnerUnitIds.filter((partner) => partner !== unitId),
  });
}

/** Edits of measures: add (also from the catalogue), change, choose the owner, move, remove. */
export const measureOperations = {
  'measure.add': defineOperation({
    args: z
      .object({
        id: Id.optional(),
        focusAreaId: Id,
        title: ShortText,
        /** The rest of the measure (catalogue items fill in much of it). */
        fields: MeasureFields.optional(),
        /** Put it right after this measure instead of last in its focus area. */
        afterId: Id.optional(),
      })
      .strict(),
    apply: (plan, { id, focusAreaId, title, fields, afterId }) =>
      addMeasure(plan, { ...cleared(fields ?? {}), focusAreaId, title, ...(id ? { id } : {}) }, afterId).plan,
  }),
  'measure.update': defineOperation({
    args: z.object({ id: Id, changes: MeasureChanges }).strict(),
    apply: (plan, { id, changes }) => updateMeasure(plan, id, cleared(changes)),
  }),
  'measure.setLeadOwner': defineOperation({
    args: z.object({ id: Id, unitId: Id.nullable() }).strict(),
    apply: (plan, { id, unitId }) => setLeadOwner(plan, id, unitId ?? undefined),
  }),
  'measure.move': defineOperation({
    args: z.object({ id: Id, focusAreaId: Id, toIndex: z.number().int().min(0).max(100_000) }).strict(),
    apply: (plan, { id, focusAreaId, toIndex }) => moveMeasure(plan, id, focusAreaId, toIndex),
  }),
  'measure.remove': defineOperation({
    args: z.object({ id: Id }).strict(),
    apply: (plan, { id }) => removeMeasure(plan, id),
  }),
};
