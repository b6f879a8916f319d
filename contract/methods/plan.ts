import { z } from 'zod';
import { Year } from '../../core/schema/common';
import { Plan } from '../../core/schema/plan';
import { method } from '../define';
import { BackupEntry } from '../errors';

const FilePath = z.string().min(1).max(4000);
const DocId = z.string().min(1).max(100);

export const LockInfo = z.object({
  user: z.string(),
  host: z.string(),
  since: z.string(),
  pid: z.number().optional(),
});
export type LockInfo = z.infer<typeof LockInfo>;

export const SaveState = z.object({
  /** When the file on disk last got the current content; null before the first save. */
  savedAt: z.string().nullable(),
  /** True while an autosave is waiting (debounced). */
  pending: z.boolean(),
});
export type SaveState = z.infer<typeof SaveState>;

/** An open plan: the backend keeps it under `docId`, autosaves it and holds its lock. */
export const OpenDocument = z.object({
  docId: DocId,
  path: FilePath,
  plan: Plan,
  readOnly: z.boolean(),
  /** Norwegian sentence saying why the plan is read-only (who holds the lock and since when). */
  readOnlyReason: z.string().optional(),
  lock: LockInfo.optional(),
  migratedFrom: z.number().nullable(),
  save: SaveState,
});
export type OpenDocument = z.infer<typeof OpenDocument>;

export const NewPlanRequest = z
  .object({
    title: z.string().trim().min(1, 'Skriv en tittel').max(500),
    municipality: z.string().trim().min(1, 'Skriv kommunens navn').max(200),
    municipalityNumber: z
      .string()
      .regex(/^\d{4}$/)
      .optional(),
    fromYear: Year,
    toYear: Year,
    language: z.enum(['nb', 'nn']).optional(),
    /** Where to save it; in browser mode a file in the data folder is chosen when absent. */
    path: FilePath.optional(),
  })
  .strict()
  .refine((r) => r.toYear >= r.fromYear, {
    message: 'Planperioden slutter før den begynner',
    path: ['toYear'],
  })
  .refine((r) => r.toYear - r.fromYear <= 12, {
    message: 'En planperiode er sjelden over 12 år',
    path: ['toYear'],
  });

export const Problem = z.object({ path: z.string(), message: z.string() });

export const planMethods = {
  /** Reads a plan file without opening it (no lock, no backup): is it a valid plan? */
  'plan.validate': method(
    z.object({ path: FilePath }).strict(),
    z.object({ valid: z.boolean(), problems: z.array(Problem), title: z.string().optional() }),
  ),
  'plan.create': method(NewPlanRequest, OpenDocument),
  'plan.open': method(z.object({ path: FilePath }).strict(), OpenDocument),
  /** Replaces the open plan's content (validated) and schedules an autosave. */
  'plan.update': method(z.object({ docId: DocId, plan: Plan }).strict(), SaveState),
  'plan.flush': method(z.object({ docId: DocId }).strict(), SaveState),
  'plan.saveAs': method(z.object({ docId: DocId, path: FilePath }).strict(), OpenDocument),
  'plan.close': method(z.object({ docId: DocId }).strict(), z.object({ closed: z.boolean() })),
  'backups.list': method(z.object({ path: FilePath }).strict(), z.array(BackupEntry)),
  /** Opens a backup of a (broken) plan as a new file beside it; the broken file is left untouched. */
  'backups.restore': method(
    z.object({ path: FilePath, backupId: z.string().min(1).max(200) }).strict(),
    OpenDocument,
  ),
};
