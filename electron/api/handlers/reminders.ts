import { periodLabel } from '../../../core/labels/domainLabels';
import { formatCoreMessage } from '../../../core/messages/catalogues';
import { message } from '../../../core/messages/message';
import { ApiError } from '../apiError';
import { refuseOutPath } from '../delivery';
import type { Handlers } from '../handler';

export const reminderHandlers: Handlers<'status.reminders'> = {
  'status.reminders': async (input, ctx) => {
    if (ctx.mode !== 'cli') refuseOutPath(input.outDir);
    const plan = ctx.documents.get(input.docId).plan;
    const { buildReminderDrafts } = await import('../../export/email/reminderDrafts');
    const drafts = await buildReminderDrafts(plan, input.periodId, ctx.now(), {
      onlyMissing: input.onlyMissing,
    });
    if (drafts.length === 0) {
      throw new ApiError({
        code: 'invalid-input',
        message: input.onlyMissing
          ? `Alle har rapportert for ${periodLabel(input.periodId)}, så det er ingen å minne på.`
          : `Ingen tiltak trenger status for ${periodLabel(input.periodId)}, så det er ingen e-poster å lage.`,
      });
    }
    const label = formatCoreMessage(message('reminder.file-name'), plan.language);
    const files = await ctx.files.deliverAll(
      drafts.map((d) => ({
        fileName: d.fileName,
        bytes: d.bytes,
        mimeType: 'message/rfc822',
        filter: { name: 'E-post', extensions: ['eml'] },
      })),
      `${label} ${input.periodId}.zip`,
      input.outDir,
    );
    return {
      files,
      drafts: drafts.map(({ owner }) => ({
        unitId: owner.unitId,
        unitName: owner.unitName,
        recipients: owner.recipients.map((r) => r.email),
        missing: owner.missing.length,
      })),
    };
  },
};
