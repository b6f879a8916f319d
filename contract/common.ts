import * as z from 'zod';

/** The backend's id of an open plan. */
export const DocId = z.string().min(1).max(100);

/** A file path as the caller gives it; the backend resolves and checks it. */
export const FilePath = z.string().min(1).max(4000);

/** The largest file the page sends (a measure list, a filled-in status form): 10 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A file's bytes as base64 text, at most MAX_FILE_BYTES of them. */
export const Base64File = z
  .string()
  .max(Math.ceil(MAX_FILE_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/=\s]*$/, 'Filen er ikke base64-kodet');
