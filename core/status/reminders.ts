import { periodLabel } from '../labels/domainLabels';
import { formatCoreMessage } from '../messages/catalogues';
import { message } from '../messages/message';
import type { Language } from '../schema/common';
import type { Plan } from '../schema/plan';
import { statusRound } from './round';
import type { RoundMeasure, StatusRound } from './roundSchema';

export interface MailAddress {
  name: string;
  email: string;
}

/** One owner in a status round, as the reminder list shows them and a draft is written to them. */
export interface ReminderOwner {
  unitId: string | null;
  unitName: string;
  /** Measures that still lack a report this period. */
  missing: RoundMeasure[];
  reported: number;
  /** The unit's address, or else its measures' contact persons'; empty when none is known. */
  recipients: MailAddress[];
}

/**
 * Who gets a status form (and, with `onlyMissing`, who still owes a report) in the period, with where to send
 * it: the owner unit's e-mail address, or else those of the contact persons of its measures.
 */
export function reminderOwners(
  plan: Plan,
  periodId: string,
  options: { onlyMissing: boolean },
): { round: StatusRound; owners: ReminderOwner[] } {
  const round = statusRound(plan, periodId);
  const owners: ReminderOwner[] = [];
  for (const group of round.owners) {
    if (group.missing.length + group.reported.length === 0) continue;
    if (options.onlyMissing && group.missing.length === 0) continue;
    owners.push({
      unitId: group.unitId,
      unitName: group.unitName,
      missing: group.missing,
      reported: group.reported.length,
      recipients: recipientsOf(plan, group.unitId, [...group.missing, ...group.reported]),
    });
  }
  return { round, owners };
}

function recipientsOf(plan: Plan, unitId: string | null, measures: readonly RoundMeasure[]): MailAddress[] {
  const unit = plan.units.find((u) => u.id === unitId);
  if (unit?.email) return [{ name: unit.name, email: unit.email }];
  const ids = new Set(measures.map((m) => m.measureId));
  const found = new Map<string, MailAddress>();
  for (const measure of plan.measures) {
    const email = measure.contactEmail?.trim();
    if (!ids.has(measure.id) || !email) continue;
    const key = email.toLowerCase();
    if (!found.has(key)) found.set(key, { name: measure.contactPerson.trim(), email });
  }
  return [...found.values()];
}

/** `2027-09-15` → `15.09.2027`. */
const dotted = (iso: string) => iso.split('-').reverse().join('.');

/**
 * The subject and text of the e-mail to one owner, in the plan's language; `reminder` when it chases a report
 * that is late rather than sending the form out.
 */
export function reminderText(
  plan: Plan,
  round: StatusRound,
  owner: ReminderOwner,
  options: { language: Language; reminder: boolean },
): { subject: string; body: string } {
  const { language } = options;
  const say = (key: string, params?: Record<string, string | number>) =>
    formatCoreMessage(message(key, params), language);
  const names = { period: periodLabel(round.periodId, language), plan: plan.title, unit: owner.unitName };
  const lines = [say('reminder.greeting'), '', say('reminder.attached', names), ''];
  if (owner.missing.length > 0) {
    lines.push(say('reminder.missing'));
    for (const m of owner.missing)
      lines.push(say('reminder.missing-line', { number: m.number, title: m.title }));
    lines.push('');
  }
  lines.push(
    say('reminder.deadline', { deadline: dotted(round.collectionDeadline) }),
    '',
    say('reminder.thanks'),
  );
  if (plan.coordinator.name.trim()) lines.push(plan.coordinator.name.trim());
  return {
    subject: say(options.reminder ? 'reminder.subject.reminder' : 'reminder.subject', names),
    body: lines.join('\n'),
  };
}
