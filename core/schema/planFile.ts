import * as z from 'zod';
import { Plan } from './plan';

export { PLAN_FILE_EXTENSION } from './fileExtension';

export const PLAN_FORMAT = 'planhjulet';
export const CURRENT_SCHEMA_VERSION = 2;

/**
 * Which write of the file this is (`id`) and which version it was made from (`basedOn`, null for a new plan).
 * When a sync client puts another copy's version in place, this tells Planhjulet from which of its own saves
 * that copy branched, so the edits made here since then can be replayed on it.
 */
export const SaveLineage = z.object({
  id: z.string().min(1).max(100),
  basedOn: z.string().min(1).max(100).nullable(),
});
export type SaveLineage = z.infer<typeof SaveLineage>;

/** The whole plan file as stored on disk, at the current schema version. */
export const PlanFile = z.object({
  format: z.literal(PLAN_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  save: SaveLineage.optional(),
  plan: Plan,
});
export type PlanFile = z.infer<typeof PlanFile>;

/** Just enough to recognise a plan file of any version before migrating it. */
export const PlanFileEnvelope = z.object({
  format: z.literal(PLAN_FORMAT, {
    error: 'Filen er ikke en Planhjulet-plan (feltet «format» mangler eller er feil)',
  }),
  schemaVersion: z.number().int().min(1),
  plan: z.unknown(),
});

/** A plan in its file envelope, as it is written. */
export function wrapPlanFile(plan: Plan, save?: SaveLineage): PlanFile {
  return { format: PLAN_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, ...(save ? { save } : {}), plan };
}
