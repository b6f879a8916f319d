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
 * folder is synced. The file keeps its permissions (a new file gets `newFileMode`). `beforeReplacing` runs just
 * before the rename and can stop it by throwing. Returns the path written (the symlink's target when `file` is
 * a link). A failed or stopped write removes its temporary file.
 */
export async function writeFileDurably(
  file: string,
  content: Uint8Array | string,
  options: { newFileMode?: number; beforeReplacing?: (() => Promise<void>) | null } = {},
): Promise<string> {
  const target = await targetOf(file);
  const mode = (await modeOf(target)) ?? options.newFileMode ?? 0o666;
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(content);
      await handle.datasync();
      // The mode given to open() is reduced by the umask; set it exactly so an owner-only plan stays owner-only.
      await handle.chmod(mode);
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
