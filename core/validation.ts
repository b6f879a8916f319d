import type { z } from 'zod';
import { MigrationError, migratePlanFile } from './migrations';
import {
  CURRENT_SCHEMA_VERSION,
  type PlanFile,
  PlanFileEnvelope,
  PlanFile as PlanFileSchema,
} from './schema/planFile';
import { unknownFields } from './schema/unknownFields';

export interface Problem {
  /** Where in the JSON, e.g. `plan.measures[3].deadline`. Empty for the whole file. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

export function problemsFromZod(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** The line that counts the problems a description leaves out. */
export const moreProblemsLine = (count: number): string => `… og ${count} til`;

export function describeProblems(problems: readonly Problem[], max = 10): string {
  const lines = problems.slice(0, max).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  if (problems.length > max) lines.push(moreProblemsLine(problems.length - max));
  return lines.join('\n');
}

/**
 * A plan file from a newer Planhjulet: its schema version is newer than this program's (`schemaVersion`, null
 * when it is the same), or it has fields this version does not know (`unknownFields`). Read as this version
 * understands it, it would lose those on the first save, so it may only be read.
 */
export interface NewerFile {
  schemaVersion: number | null;
  unknownFields: string[];
}

export type PlanFileCheck =
  | { ok: true; file: PlanFile; migratedFrom: number | null; newer?: NewerFile }
  | { ok: false; problems: Problem[] };

export interface CheckOptions {
  /**
   * Read a file with a newer schema version as far as this version understands it (marked `newer`), instead
   * of refusing it. For opening read-only only: nothing read this way may be written back.
   */
  allowNewer?: boolean;
  /**
   * The plan will only be read (checked, validated, exported), never saved: the walk that finds fields this
   * version does not know, which a save would lose, is left out, and `newer` is then set only for a newer
   * schema version. A tenth of checking a big plan.
   */
  readOnly?: boolean;
}

/** Parses JSON text of a plan file, migrates it and validates it. Never throws for bad input. */
export function checkPlanFileText(text: string, options: CheckOptions = {}): PlanFileCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const hint = text.trim().length === 0 ? 'Filen er tom.' : `Filen er ikke gyldig JSON (${reason}).`;
    return { ok: false, problems: [{ path: '', message: hint }] };
  }
  return checkPlanFileData(raw, options);
}

/** A file with a newer schema version, read as this version understands it; null when that fails too. */
function readNewer(raw: unknown): PlanFileCheck | null {
  const envelope = PlanFileEnvelope.safeParse(raw);
  if (!envelope.success || envelope.data.schemaVersion <= CURRENT_SCHEMA_VERSION) return null;
  const asCurrent = { ...(raw as object), schemaVersion: CURRENT_SCHEMA_VERSION };
  const parsed = PlanFileSchema.safeParse(asCurrent);
  if (!parsed.success) return null;
  return {
    ok: true,
    file: parsed.data,
    migratedFrom: null,
    newer: {
      schemaVersion: envelope.data.schemaVersion,
      unknownFields: unknownFields(asCurrent, parsed.data),
    },
  };
}

export function checkPlanFileData(raw: unknown, options: CheckOptions = {}): PlanFileCheck {
  let migrated: { file: unknown; migratedFrom: number | null };
  try {
    migrated = migratePlanFile(raw);
  } catch (error) {
    if (error instanceof MigrationError && options.allowNewer) {
      const newer = readNewer(raw);
      if (newer) return newer;
    }
    if (error instanceof Error && 'issues' in error) {
      return { ok: false, problems: problemsFromZod(error as z.ZodError) };
    }
    return {
      ok: false,
      problems: [{ path: '', message: error instanceof Error ? error.message : String(error) }],
    };
  }
  const parsed = PlanFileSchema.safeParse(migrated.file);
  if (!parsed.success) return { ok: false, problems: problemsFromZod(parsed.error) };
  const unknown = options.readOnly ? [] : unknownFields(migrated.file, parsed.data);
  return {
    ok: true,
    file: parsed.data,
    migratedFrom: migrated.migratedFrom,
    ...(unknown.length > 0 ? { newer: { schemaVersion: null, unknownFields: unknown } } : {}),
  };
}
