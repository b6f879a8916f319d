import * as z from 'zod';
import { IsoDate, ShortText } from './common';

export const ReportingCycle = z.enum(['tertial', 'half-year', 'annual', 'quarterly']);
export type ReportingCycle = z.infer<typeof ReportingCycle>;

/** Adjustments of one generated reporting period (IDs such as `2027-T2`). */
export const ReportingPeriodOverride = z.object({
  periodId: z.string().max(20),
  collectionDeadline: IsoDate.optional(),
  meetingBody: ShortText.optional(),
  meetingDate: IsoDate.optional(),
});

export const ReportingScheme = z.object({
  cycle: ReportingCycle.default('tertial'),
  /** Status is collected this many days after the period ends. */
  collectionDaysAfterEnd: z.number().int().min(-60).max(120).default(14),
  /** The political meeting the report feeds, this many days after the period ends. */
  meetingDaysAfterEnd: z.number().int().min(0).max(180).default(45),
  meetingBody: ShortText.default('Kommunestyret'),
  overrides: z.array(ReportingPeriodOverride).default([]),
});
export type ReportingScheme = z.infer<typeof ReportingScheme>;
