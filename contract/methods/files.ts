import * as z from 'zod';
import { FilePath } from '../common';
import { method } from '../define';

/**
 * What became of a produced file (Word, calendar, spreadsheet, image, package): saved where the user chose
 * (desktop app, CLI), or waiting as a download (browser mode). `savedPath` and `downloadUrl` are null when the
 * user cancelled the save dialog.
 */
export const FileDelivery = z.object({
  fileName: z.string(),
  savedPath: z.string().nullable(),
  downloadUrl: z.string().nullable(),
});
export type FileDelivery = z.infer<typeof FileDelivery>;

/** Optional output path; only the CLI may give one (the app asks with a dialog, the browser downloads). */
export const OutputPath = FilePath.optional();

export const fileMethods = {
  /** Opens a file Planhjulet just saved, or shows it in its folder (desktop app only). */
  'files.reveal': method(
    z.object({ path: FilePath, action: z.enum(['open', 'show-in-folder']) }).strict(),
    z.object({ done: z.boolean() }),
  ),
};
