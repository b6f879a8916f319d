import * as z from 'zod';
import { Message } from '../messages/message';
import { Id, IsoDate } from '../schema/common';
import { MeasureStatus } from '../schema/status';

export const StatusFindingKind = z.enum([
  /** The deadline has passed and the measure is not reported completed. */
  'deadline-passed',
  /** The narrative is word for word the one from the previous period. */
  'narrative-unchanged',
  /** The text promises something by a date that is already past. */
  'past-date-in-text',
  /** No report for the period at all. */
  'no-report',
]);
export type StatusFindingKind = z.infer<typeof StatusFindingKind>;

/**
 * One thing to look at before the period's report goes out, and what to do. `text` and `actionText` are the
 * messages by id the page and the CLI render in their language; `message` and `suggestedAction` are their
 * Bokmål renderings, for logs and scripts.
 */
export const StatusFinding = z.object({
  kind: StatusFindingKind,
  measureId: Id,
  /** «2.3», for display. */
  measureNumber: z.string(),
  measureTitle: z.string(),
  message: z.string(),
  text: Message,
  suggestedAction: z.string(),
  actionText: Message,
  /** A status the reporter probably means (e.g. «Forsinket» when the deadline has passed). */
  suggestedStatus: MeasureStatus.optional(),
  /** The words in the text that triggered the finding («ferdig i desember»). */
  quote: z.string().optional(),
  /** The date those words point to, when one could be worked out. */
  quotedDate: IsoDate.optional(),
});
export type StatusFinding = z.infer<typeof StatusFinding>;
