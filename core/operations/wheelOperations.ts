import * as z from 'zod';
import { applyScheme, setPeriodOverride } from '../reporting/scheme';
import { Id, ShortText } from '../schema/common';
import { ReportingScheme } from '../schema/reporting';
import { WheelEvent } from '../schema/wheel';
import { addWheelEvent, removeWheelEvent, updateWheelEvent } from '../wheel/events';
import { defineOperation } from './operation';

const WheelEventFields = WheelEvent.omit({ id: true, presetId: true }).strict();

/** Edits of the annual wheel and the reporting scheme. */
export const wheelOperations = {
  'wheelEvent.add': defineOperation({
    args: z.object({ id: Id.optional(), fields: WheelEventFields }).strict(),
    apply: (plan, { id, fields }) => addWheelEvent(plan, fields, id).plan,
  }),
  /** Replaces the event's fields; an event without `ownerUnitId` has no owner. */
  'wheelEvent.update': defineOperation({
    args: z.object({ id: Id, fields: WheelEventFields }).strict(),
    apply: (plan, { id, fields }) => updateWheelEvent(plan, id, fields),
  }),
  'wheelEvent.remove': defineOperation({
    args: z.object({ id: Id }).strict(),
    apply: (plan, { id }) => removeWheelEvent(plan, id),
  }),
  'reporting.setScheme': defineOperation({
    args: z.object({ scheme: ReportingScheme }).strict(),
    apply: (plan, { scheme }) => applyScheme(plan, scheme).plan,
  }),
  /** Sets the adjustment of one reporting period; an empty adjustment removes it. */
  'reporting.setPeriodOverride': defineOperation({
    args: z
      .object({
        periodId: z.string().min(1).max(20),
        // Empty text means «not adjusted»; the scheme's own schema checks the dates.
        collectionDeadline: ShortText.optional(),
        meetingBody: ShortText.optional(),
        meetingDate: ShortText.optional(),
      })
      .strict(),
    apply: (plan, { periodId, ...adjustment }) => setPeriodOverride(plan, periodId, adjustment),
  }),
};
