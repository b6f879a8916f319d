import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

/** A symlinked plan is written through to its target, so the link stays a link. */
async function targetOf(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return file;
    throw error;
  }
}

async function modeOf(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Files only their owner may read or write (backups, settings, exported status forms). */
export const OWNER_ONLY = 0o600;
/** Folders only their owner may list or enter. */
export const OWNER_ONLY_FOLDER = 0o700;

async function syncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable. Windows cannot open a folder for this; there the rename is what we have.
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems (network shares) do not sync folders; the data itself is already synced.
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `file` with `content` so that neither a crash nor a power cut leaves half a file: the bytes go to a
 * temporary file beside it, are synced to disk, and the temporary file is renamed over the target; then the
 * folder is synced. The file keeps its permissions (a new file gets `newFileMode`, or the usual ones the umask
 * allows; `mode` sets them whatever they were, for files only the owner may read). `beforeReplacing` runs just
 * before the rename and can stop it by throwing. Returns the path written (the symlink's target when `file` is
 * a link). A failed or stopped write removes its temporary file.
 */
export async function writeFileDurably(
  file: string,
  content: Uint8Array | string,
  options: { newFileMode?: number; mode?: number; beforeReplacing?: (() => Promise<void>) | null } = {},
): Promise<string> {
  const target = await targetOf(file);
  // Without a mode to keep or to give, the file is created as any new file is (0o666 reduced by the umask).
  const mode = options.mode ?? (await modeOf(target)) ?? options.newFileMode;
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    // Owner-only from the start when the result will be, so the content is never readable by others meanwhile.
    const handle = await open(temp, 'wx', mode ?? 0o666);
    try {
      await handle.writeFile(content);
      await handle.datasync();
      // The mode given to open() is reduced by the umask; set it exactly so an owner-only plan stays owner-only.
      if (mode !== undefined) await handle.chmod(mode);
    } finally {
      await handle.close();
    }
    await options.beforeReplacing?.();
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(target));
  return target;
}
