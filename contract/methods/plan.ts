import * as z from 'zod';
import { Message } from '../../core/messages/message';
import { Year } from '../../core/schema/common';
import { Plan } from '../../core/schema/plan';
import { DocId, FilePath } from '../common';
import { method } from '../define';
import { BackupEntry } from '../errors';
import { LockInfo } from '../lockInfo';

export { LockInfo };

export const SaveState = z.object({
  /** When the file on disk last got the current content; null before the first save. */
  savedAt: z.string().nullable(),
  /** True while the plan in memory differs from the file (an autosave is waiting, or the last one failed). */
  pending: z.boolean(),
  /** Why the last save failed, in Norwegian; null when it did not. The edits stay open and are saved again. */
  failure: z.string().nullable(),
});
export type SaveState = z.infer<typeof SaveState>;

/** Something that happened to the open plan that the user must be told, e.g. a change made outside the app. */
export const DocumentNotice = z.object({
  id: z.string(),
  kind: z.enum(['reloaded', 'merged', 'conflict', 'unreadable', 'recreated']),
  /** Bokmål; `text` renders it in the user's language. */
  message: z.string(),
  text: Message,
  /** Where the user's own version was saved, for a conflict. */
  conflictCopy: z.string().optional(),
});
export type DocumentNotice = z.infer<typeof DocumentNotice>;

export const HistoryState = z.object({ canUndo: z.boolean(), canRedo: z.boolean() });

/**
 * The backend's open plan as the page needs it after a change: its revision (bumped on every change, wherever
 * it came from), the save state, undo/redo, news to tell the user, and the plan itself when the page's copy is
 * not the backend's (another revision, an import, an undo, a change from outside).
 */
export const DocumentState = z.object({
  docId: DocId,
  revision: z.number().int().min(0),
  save: SaveState,
  history: HistoryState,
  notices: z.array(DocumentNotice),
  plan: Plan.optional(),
});
export type DocumentState = z.infer<typeof DocumentState>;

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
  revision: z.number().int().min(0),
  history: HistoryState,
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
    /** Partner municipalities of an inter-municipal plan (name, and a four-digit number where known). */
    partners: z
      .array(
        z
          .object({
            name: z.string().trim().min(1, 'Skriv kommunens navn').max(200),
            number: z
              .string()
              .regex(/^\d{4}$/, 'Kommunenummer har fire sifre')
              .optional(),
          })
          .strict(),
      )
      .max(50)
      .optional(),
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
  'plan.undo': method(z.object({ docId: DocId }).strict(), DocumentState),
  'plan.redo': method(z.object({ docId: DocId }).strict(), DocumentState),
  /**
   * What has happened to the open plan since `revision`: the save state, news, and the plan when it changed.
   * Also looks at the file: a change made outside Planhjulet is loaded (and the user told) here.
   */
  'plan.sync': method(z.object({ docId: DocId, revision: z.number().int().min(0) }).strict(), DocumentState),
  /** Writes the plan now if it has unsaved edits (first taking in any change made outside Planhjulet). */
  'plan.flush': method(
    z.object({ docId: DocId, revision: z.number().int().min(0).optional() }).strict(),
    DocumentState,
  ),
  'plan.saveAs': method(z.object({ docId: DocId, path: FilePath }).strict(), OpenDocument),
  'plan.close': method(z.object({ docId: DocId }).strict(), z.object({ closed: z.boolean() })),
  /**
   * Takes over a plan opened read-only because someone else holds its lock («Overta»): backs up the file as it
   * is, replaces their lock with this program's and makes the document writable. Refused when the lock changed
   * since it was shown (`since` must match), or when the plan is read-only for another reason.
   */
  'plan.takeOver': method(
    z.object({ docId: DocId, lockSince: z.string().max(100) }).strict(),
    OpenDocument.extend({ backupId: z.string() }),
  ),
  'backups.list': method(z.object({ path: FilePath }).strict(), z.array(BackupEntry)),
  /** Opens a backup of a (broken) plan as a new file beside it; the broken file is left untouched. */
  'backups.restore': method(
    z.object({ path: FilePath, backupId: z.string().min(1).max(200) }).strict(),
    OpenDocument,
  ),
};
