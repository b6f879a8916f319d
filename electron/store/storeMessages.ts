import { basename, dirname } from 'node:path';
import { lightFormat } from 'date-fns/lightFormat';
import type { BackupEntry } from '../../contract/errors';
import type { LockInfo } from '../../contract/lockInfo';
import type { NewerFile, Problem } from '../../core/validation';

/** `25.11.2026 kl. 10:42` in this machine's time zone. */
export function formatWhen(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? 'ukjent tidspunkt' : lightFormat(date, "dd.MM.yyyy 'kl.' HH:mm");
}

export function lockedByOtherReason(lock: LockInfo): string {
  const held = `Planen er åpen hos ${lock.user} på maskinen ${lock.host} siden ${formatWhen(lock.since)}.`;
  if (lock.probablyStale) {
    return `${held} Låsen er over 12 timer gammel og fra en annen maskin, så den er trolig glemt (for eksempel etter et krasj). Du kan lese planen, eller overta den for å endre den.`;
  }
  return `${held} Du kan lese den, men ikke endre den. Er du sikker på at ${lock.user} ikke arbeider i den, kan du overta den.`;
}

export function cannotTakeOverMessage(reason: string | undefined): string {
  return `Planen kan ikke overtas. ${reason ?? 'Den er ikke låst av noen andre.'}`;
}

export function lockChangedMessage(lock: LockInfo): string {
  return `Planen ble ikke overtatt: låsen er endret siden du så den. Nå er planen åpen hos ${lock.user} på maskinen ${lock.host} siden ${formatWhen(lock.since)}. Åpne planen på nytt for å se hvem som har den.`;
}

export const OPEN_IN_OTHER_WINDOW_REASON =
  'Planen er allerede åpen i et annet vindu. Du kan lese den her, men endringer gjør du i vinduet der den ble åpnet først.';

export function readOnlyFileReason(planPath: string): string {
  return `Planfilen ${planPath} er skrivebeskyttet, så Planhjulet lagrer ikke over den. Du kan lese planen, men ikke endre den. Bruk «Lagre som» for å lagre en kopi du kan endre.`;
}

/** Why a plan opened read-only when its lock could not be written (`reason`: the system error code). */
export function unwritableFolderReason(planPath: string, reason?: string): string {
  if (reason === 'ENOSPC' || reason === 'EDQUOT') {
    return `${reason === 'ENOSPC' ? 'Disken er full' : 'Lagringskvoten din er brukt opp'}, så Planhjulet kan ikke lagre endringer i planen (${planPath}). Du kan lese den, men ikke endre den. Frigjør plass og åpne planen på nytt, eller bruk «Lagre som» for å lagre en kopi et annet sted.`;
  }
  if (reason === 'EROFS') {
    return `Disken der planen ligger er skrivebeskyttet (${planPath}). Du kan lese planen, men ikke endre den. Bruk «Lagre som» for å lagre en kopi et annet sted.`;
  }
  return `Planhjulet har ikke skrivetilgang til mappen der planen ligger (${planPath}). Du kan lese den, men ikke endre den. Bruk «Lagre som» for å lagre en kopi et annet sted.`;
}

/** The first problem of a file that cannot be read, as a clause. */
export function firstProblem(problems: readonly Problem[]): string {
  return problemList(problems, 1);
}

export const NEWER_VERSION_PROBLEM = 'filen er laget med en nyere versjon av Planhjulet';

export function otherPlanProblem(title: string): string {
  return `filen inneholder nå en annen plan, «${title}»`;
}

export function outsideUnreadableMessage(file: string, problem: string): string {
  return `«${file}» ble endret utenfor Planhjulet og kan ikke leses nå (${problem}). Planhjulet skriver ikke over den. Endringene dine er ikke tapt: de er fortsatt åpne her, og en kopi er lagret i samme mappe.`;
}

/** The first problems as one clause, without a closing full stop (the caller's sentence ends it). */
function problemList(problems: readonly Problem[], max = 3): string {
  const shown = problems
    .slice(0, max)
    .map((p) => (p.path ? `${p.path}: ${p.message}` : p.message).replace(/[.\s]+$/, ''));
  if (problems.length > max) shown.push(`og ${problems.length - max} feil til`);
  return shown.join('; ');
}

export function invalidPlanFileMessage(
  planPath: string,
  problems: readonly Problem[],
  backups: readonly BackupEntry[],
): string {
  const newest = backups[0];
  const offer = newest
    ? ` Du kan åpne den nyeste gode sikkerhetskopien (fra ${formatWhen(newest.createdAt)}); den lagres som en ny fil ved siden av.`
    : ' Det finnes ingen sikkerhetskopi av den i Planhjulet.';
  return `Planhjulet kan ikke åpne «${basename(planPath)}» fordi filen er skadet eller ikke er en gyldig plan. Feil: ${problemList(problems)}. Filen er ikke endret.${offer}`;
}

export function invalidPlanMessage(problems: readonly Problem[]): string {
  return `Endringen ble ikke lagret fordi planen da ville hatt feil: ${problemList(problems)}. Den forrige versjonen er beholdt.`;
}

export function notFoundMessage(planPath: string): string {
  return `Fant ikke filen ${planPath}. Den kan være flyttet, slettet eller ligge på en disk som ikke er koblet til.`;
}

export function unreadableMessage(planPath: string, reason: string): string {
  return `Planhjulet fikk ikke lese filen ${planPath} (${reason}). Sjekk at du har tilgang til den.`;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'disken er full',
  EDQUOT: 'lagringskvoten er brukt opp',
  EACCES: 'du har ikke skrivetilgang',
  EPERM: 'du har ikke skrivetilgang',
  EROFS: 'disken er skrivebeskyttet',
  ENOENT: 'mappen finnes ikke lenger',
  EBUSY: 'filen er i bruk av et annet program',
};

/** A system error code in plain Norwegian, or the code itself when it is a rare one. */
export function plainReason(reason: string): string {
  return REASONS[reason] ?? reason;
}

/** What to do about a failed write, by its system error code. */
function remedyFor(reason: string): string {
  if (reason === 'ENOSPC' || reason === 'EDQUOT') return 'Frigjør plass og prøv igjen';
  if (reason === 'EACCES' || reason === 'EPERM') return 'Be om skrivetilgang til mappen';
  return 'Prøv igjen';
}

export function saveFailedMessage(planPath: string, reason: string): string {
  const lead =
    reason === 'ENOSPC'
      ? `Disken er full, så Planhjulet fikk ikke lagret planen i ${planPath}.`
      : `Planhjulet fikk ikke lagret planen i ${planPath} (${plainReason(reason)}).`;
  return `${lead} Endringene er ikke tapt: de er fortsatt åpne her. ${remedyFor(reason)}, eller bruk «Lagre som» for å lagre et annet sted.`;
}

export function settingsFailedMessage(file: string, reason: string): string {
  return `Planhjulet fikk ikke lagret innstillingene i ${file} (${plainReason(reason)}). ${remedyFor(reason)}.`;
}

export function alreadyExistsMessage(planPath: string): string {
  return `Det finnes allerede en fil som heter «${basename(planPath)}» i mappen ${dirname(planPath)}. Velg et annet navn.`;
}

export function targetNotAPlanMessage(planPath: string): string {
  return `Filen «${basename(planPath)}» finnes fra før og er ikke en gyldig plan. Planhjulet skriver ikke over den. Velg et annet navn.`;
}

export function targetOpenHereMessage(planPath: string): string {
  return `Planen «${basename(planPath)}» er allerede åpen i Planhjulet. Lukk den først, eller velg et annet navn.`;
}

export function targetLockedMessage(planPath: string, lock: LockInfo): string {
  return `Planen «${basename(planPath)}» er åpen hos ${lock.user} på maskinen ${lock.host} siden ${formatWhen(lock.since)}. Velg et annet navn.`;
}

export function readOnlyUpdateMessage(reason: string | undefined): string {
  return reason ?? 'Planen er åpnet skrivebeskyttet. Du kan lese den, men ikke endre den.';
}

export function backupNotFoundMessage(backupId: string): string {
  return `Fant ikke sikkerhetskopien «${backupId}». Den kan være ryddet bort; velg en annen fra listen.`;
}

export function backupInvalidMessage(backupId: string, problems: readonly Problem[]): string {
  return `Sikkerhetskopien «${backupId}» er også skadet (${problemList(problems)}). Velg en eldre sikkerhetskopi.`;
}

export function backupFailedMessage(folder: string, reason: string): string {
  return `Planhjulet fikk ikke tatt sikkerhetskopi av planen i ${folder} (${plainReason(reason)}) og lagret derfor ikke over den. Endringene er ikke tapt: de er fortsatt åpne her. Sjekk at det er plass og skrivetilgang, og prøv igjen.`;
}

/** Why a plan from a newer Planhjulet opens read-only; names a few of the fields this version does not know. */
export function newerFileReason(newer: NewerFile): string {
  const fields = newer.unknownFields.slice(0, 3).join(', ');
  const what =
    newer.schemaVersion !== null
      ? `skjemaversjon ${newer.schemaVersion}`
      : `felt som denne versjonen ikke kjenner${fields ? `: ${fields}` : ''}`;
  return `Planen er laget med en nyere versjon av Planhjulet (${what}). Du kan lese den, men ikke endre den, så ingenting i filen går tapt. Oppdater Planhjulet for å endre planen.`;
}

export const EXPIRED_PLAN_REASON =
  'Planen er utløpt og arkivert etter rullering. Du kan lese den, men ikke endre den. Endringer gjør du i planen som erstattet den.';
