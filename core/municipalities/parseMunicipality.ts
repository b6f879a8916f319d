import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import type { Municipality } from '../schema/organisation';

/**
 * A municipality as written on the command line or in a form: `Saltdal` or `Saltdal:1840`. The number, when
 * given, must have four digits (kommunenummer).
 */
export function parseMunicipality(text: string): Municipality {
  const [rawName = '', rawNumber] = text.split(':');
  const name = rawName.trim();
  if (name === '') throw new PlanOperationError(message('municipality.name-missing'));
  if (rawNumber === undefined) return { name };
  const number = rawNumber.trim();
  if (!/^\d{4}$/.test(number)) {
    throw new PlanOperationError(message('municipality.number-invalid', { name, number }));
  }
  return { name, number };
}

/** Refuses a municipality already in the list (by name or number). */
export function checkNewMunicipality(existing: readonly Municipality[], added: Municipality): void {
  const clash = existing.find(
    (m) =>
      m.name.trim().toLocaleLowerCase('nb') === added.name.trim().toLocaleLowerCase('nb') ||
      (m.number !== undefined && m.number === added.number),
  );
  if (clash) throw new PlanOperationError(message('municipality.duplicate', { name: added.name }));
}
