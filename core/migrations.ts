import { CURRENT_SCHEMA_VERSION, PlanFileEnvelope } from './schema/planFile';
import { v1ToV2 } from './schemaMigrations/v1ToV2';

/**
 * Pure migrations of the plan file, one per schema version step: `migrations[n]` turns a version-n file into
 * version n+1. The mechanism is also exercised by tests with their own table.
 */
export type Migration = (file: { schemaVersion: number; plan: unknown; [key: string]: unknown }) => {
  schemaVersion: number;
  plan: unknown;
  [key: string]: unknown;
};
export const migrations: Readonly<Record<number, Migration>> = { 1: v1ToV2 };

export class MigrationError extends Error {}

/** Brings a parsed plan file up to `target`, or throws when the file is newer than this program. */
export function migratePlanFile(
  raw: unknown,
  table: Readonly<Record<number, Migration>> = migrations,
  target: number = CURRENT_SCHEMA_VERSION,
): { file: unknown; migratedFrom: number | null } {
  const envelope = PlanFileEnvelope.parse(raw);
  if (envelope.schemaVersion > target) {
    throw new MigrationError(
      `Filen er laget med en nyere versjon av Planhjulet (skjemaversjon ${envelope.schemaVersion}). Oppdater programmet for å åpne den.`,
    );
  }
  let file = raw as { schemaVersion: number; plan: unknown };
  const from = envelope.schemaVersion;
  while (file.schemaVersion < target) {
    const step = table[file.schemaVersion];
    if (!step) throw new MigrationError(`Mangler overgang fra skjemaversjon ${file.schemaVersion}`);
    const next = step(file);
    if (next.schemaVersion !== file.schemaVersion + 1) {
      throw new MigrationError(`Overgangen fra skjemaversjon ${file.schemaVersion} ga feil versjon`);
    }
    file = next;
  }
  return { file, migratedFrom: from === target ? null : from };
}
