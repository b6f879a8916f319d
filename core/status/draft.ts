import * as z from 'zod';
import { Id, IsoDate, LongText, ShortText } from '../schema/common';
import { MeasureStatus, RiskLevel, STATUSES_NEEDING_REASON } from '../schema/status';

/** Statuses a person can report. «Gjennomført etter frist» is derived from the deadline, never entered. */
export const ReportableStatus = MeasureStatus.exclude(['done-late']);
export type ReportableStatus = z.infer<typeof ReportableStatus>;

export const REPORTABLE_STATUSES: readonly ReportableStatus[] = ReportableStatus.options;

/**
 * What someone reports about one measure for one period, before it becomes a stored status update
 * (which adds `id`, `reportedAt` and, for a correction, `corrects`).
 */
export const StatusDraftFields = z.object({
  measureId: Id,
  periodId: z.string().min(1).max(20),
  status: ReportableStatus,
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
});

export const StatusDraft = StatusDraftFields.refine(
  (d) => !STATUSES_NEEDING_REASON.includes(d.status) || d.reason.trim().length > 0,
  {
    message: 'Statusen krever en begrunnelse',
    path: ['reason'],
  },
);
export type StatusDraft = z.infer<typeof StatusDraft>;
export type StatusDraftInput = z.input<typeof StatusDraft>;
