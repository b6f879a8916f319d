import * as z from 'zod';
import { Id, IsoDate } from '../schema/common';
import { MeasureStatus } from '../schema/status';

export const RoundMeasure = z.object({
  measureId: Id,
  number: z.string(),
  title: z.string(),
  deadline: IsoDate.optional(),
  /** The measure's current report in this period, if any (effective status: done-late derived). */
  reportedStatus: MeasureStatus.optional(),
  /** Its latest report from an earlier period, for context. */
  previousStatus: MeasureStatus.optional(),
});
export type RoundMeasure = z.infer<typeof RoundMeasure>;

export const RoundOwnerGroup = z.object({
  /** null: measures without a lead owner unit (they still need a report). */
  unitId: Id.nullable(),
  unitName: z.string(),
  reported: z.array(RoundMeasure),
  missing: z.array(RoundMeasure),
  /** Finished before this period (completed, stopped, continued in a new plan): no report needed. */
  closed: z.array(RoundMeasure),
});
export type RoundOwnerGroup = z.infer<typeof RoundOwnerGroup>;

/** A status round: for one reporting period, who has reported and who has not. */
export const StatusRound = z.object({
  periodId: z.string(),
  periodLabel: z.string(),
  start: IsoDate,
  end: IsoDate,
  collectionDeadline: IsoDate,
  total: z.number().int(),
  reported: z.number().int(),
  missing: z.number().int(),
  /** Measures that need no report (see `closed`); `total` = reported + missing + closed. */
  closed: z.number().int(),
  /** Owner units in plan order; the group without an owner last. Only units with measures appear. */
  owners: z.array(RoundOwnerGroup),
});
export type StatusRound = z.infer<typeof StatusRound>;
