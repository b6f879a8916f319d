import type { z } from 'zod';
import { migratePlanFile } from './migrations';
import { type PlanFile, PlanFile as PlanFileSchema } from './schema/planFile';

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

export function describeProblems(problems: readonly Problem[], max = 10): string {
  const lines = problems.slice(0, max).map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  if (problems.length > max) lines.push(`… og ${problems.length - max} til`);
  return lines.join('\n');
}

export type PlanFileCheck =
  | { ok: true; file: PlanFile; migratedFrom: number | null }
  | { ok: false; problems: Problem[] };

/** Parses JSON text of a plan file, migrates it and validates it. Never throws for bad input. */
export function checkPlanFileText(text: string): PlanFileCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const hint = text.trim().length === 0 ? 'Filen er tom.' : `Filen er ikke gyldig JSON (${reason}).`;
    return { ok: false, problems: [{ path: '', message: hint }] };
  }
  return checkPlanFileData(raw);
}

export function checkPlanFileData(raw: unknown): PlanFileCheck {
  let migrated: { file: unknown; migratedFrom: number | null };
  try {
    migrated = migratePlanFile(raw);
  } catch (error) {
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
  return { ok: true, file: parsed.data, migratedFrom: migrated.migratedFrom };
}
