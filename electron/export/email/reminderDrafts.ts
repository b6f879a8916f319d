import { formatCoreMessage } from '../../../core/messages/catalogues';
import { message } from '../../../core/messages/message';
import type { Plan } from '../../../core/schema/plan';
import { type ReminderOwner, reminderOwners, reminderText } from '../../../core/status/reminders';
import { buildStatusForms, type StatusForm } from '../statusForms/buildStatusForm';
import { fileNamePart } from '../statusForms/fileName';
import { mailDraftEml } from './mimeDraft';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface ReminderDraft {
  owner: ReminderOwner;
  /** The status form attached to the draft. */
  form: StatusForm;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * One e-mail draft (`.eml`) per owner in the status round, to the owner's address (empty where none is known),
 * with the owner's status form attached and the text in the plan's language. `onlyMissing`: only owners who
 * still owe a report, and the text is a reminder.
 */
export async function buildReminderDrafts(
  plan: Plan,
  periodId: string,
  now: Date,
  options: { onlyMissing: boolean },
): Promise<ReminderDraft[]> {
  const { round, owners } = reminderOwners(plan, periodId, options);
  if (owners.length === 0) return [];
  const forms = await buildStatusForms(
    plan,
    periodId,
    now,
    owners.map((o) => o.unitId),
  );
  const language = plan.language;
  const label = formatCoreMessage(message('reminder.file-name'), language);
  const drafts: ReminderDraft[] = [];
  for (const owner of owners) {
    const form = forms.find((f) => f.unitId === owner.unitId);
    if (!form) continue;
    const { subject, body } = reminderText(plan, round, owner, { language, reminder: options.onlyMissing });
    drafts.push({
      owner,
      form,
      fileName: `${label} ${periodId} - ${fileNamePart(owner.unitName) || 'enhet'}.eml`,
      bytes: mailDraftEml({
        to: owner.recipients,
        subject,
        text: body,
        language,
        date: now,
        attachments: [{ fileName: form.fileName, mimeType: XLSX_MIME, bytes: form.bytes }],
      }),
    });
  }
  return drafts;
}
