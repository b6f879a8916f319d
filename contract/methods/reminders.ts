import * as z from 'zod';
import { Id } from '../../core/schema/common';
import { DocId } from '../common';
import { method } from '../define';
import { FileDelivery, OutputPath } from './files';

/** An owner a draft was written to, and where it is addressed (empty: the address is missing). */
export const ReminderDraftSummary = z.object({
  unitId: Id.nullable(),
  unitName: z.string(),
  recipients: z.array(z.string()),
  /** Measures that still lack a report this period. */
  missing: z.number().int(),
});
export type ReminderDraftSummary = z.infer<typeof ReminderDraftSummary>;

export const reminderMethods = {
  /**
   * E-mail drafts (`.eml`, opened by Outlook and Thunderbird as a draft to send) for a status round: one per
   * owner with its status form attached; `onlyMissing` writes reminders to the owners who still owe a report.
   * The CLI gives `outDir`; the app asks for a folder once; the browser downloads one zip.
   */
  'status.reminders': method(
    z
      .object({
        docId: DocId,
        periodId: z.string().min(1).max(20),
        onlyMissing: z.boolean().default(false),
        outDir: OutputPath,
      })
      .strict(),
    z.object({ files: z.array(FileDelivery), drafts: z.array(ReminderDraftSummary) }),
  ),
};
