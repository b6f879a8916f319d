import * as z from 'zod';
import { Id, IsoDate, IsoDateTime, LongText, ShortText } from './common';

/**
 * The status vocabulary. `done-late` is derived from the deadline when `done` is reported after it;
 * `changed` and `stopped` require a reason so no promise disappears silently.
 */
export const MeasureStatus = z.enum([
  'not-started',
  'on-track',
  'at-risk',
  'delayed',
  'done',
  'done-late',
  'ongoing-operation',
  'continued',
  'changed',
  'stopped',
]);
export type MeasureStatus = z.infer<typeof MeasureStatus>;

export const STATUSES_NEEDING_REASON: readonly MeasureStatus[] = ['changed', 'stopped'];

export const RiskLevel = z.enum(['low', 'medium', 'high']);

/** One report on one measure for one reporting period. Append-only: corrections are new entries. */
export const StatusUpdate = z
  .object({
    id: Id,
    measureId: Id,
    periodId: z.string().max(20),
    status: MeasureStatus,
    asOf: IsoDate,
    narrative: LongText.default(''),
    nextStep: LongText.default(''),
    reason: LongText.default(''),
    risk: RiskLevel.optional(),
    decisionNeeded: z
      .object({ needed: z.boolean(), text: LongText.default('') })
      .default({ needed: false, text: '' }),
    indicatorValues: z.array(z.object({ indicatorId: Id, value: ShortText })).default([]),
    reportedBy: ShortText.default(''),
    reportedAt: IsoDateTime,
    /** The earlier update this one corrects, if it is a correction. */
    corrects: Id.optional(),
  })
  .refine((u) => !STATUSES_NEEDING_REASON.includes(u.status) || u.reason.trim().length > 0, {
    message: 'Statusen krever en begrunnelse',
    path: ['reason'],
  });
export type StatusUpdate = z.infer<typeof StatusUpdate>;
export type StatusUpdateInput = z.input<typeof StatusUpdate>;
