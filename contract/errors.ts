import * as z from 'zod';
import { Message } from '../core/messages/message';

/**
 * Every failure that crosses the API is one of these codes with a Norwegian message the UI can show as is.
 * `problems` lists where a plan file or payload is wrong; `backups` offers good copies of a broken plan file.
 */
export const ApiErrorCode = z.enum([
  'invalid-input',
  'invalid-plan-file',
  'not-found',
  'already-exists',
  'read-only',
  'operation',
  'unauthorized',
  'write-failed',
  'internal',
]);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const BackupEntry = z.object({
  id: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number(),
});
export type BackupEntry = z.infer<typeof BackupEntry>;

export const ApiErrorBody = z.object({
  code: ApiErrorCode,
  message: z.string(),
  problems: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  backups: z.array(BackupEntry).optional(),
  path: z.string().optional(),
  /** The message by id, when it has one: the page renders it in the user's language. */
  text: Message.optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

/** The envelope every transport (IPC, HTTP) uses for a reply. */
export type ApiReply<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
