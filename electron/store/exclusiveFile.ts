import { randomUUID } from 'node:crypto';
import { link, unlink, writeFile } from 'node:fs/promises';

const NO_HARD_LINKS = new Set(['ENOTSUP', 'EPERM', 'ENOSYS', 'EXDEV']);

/**
 * Creates `target` with `data` only if it does not exist yet, in one step so nobody (another process, or a
 * crash half-way) ever sees it half-written: the data goes to a private temp file that is hard-linked to the
 * target name, which fails if the target exists. Where hard links are not supported (some network shares) an
 * exclusive create is used instead. Returns false if `target` already exists.
 */
export async function createFileExclusively(target: string, data: string | Uint8Array): Promise<boolean> {
  const temp = `${target}.${randomUUID()}.tmp`;
  try {
    // A write that fails half-way (a full disk) leaves the temp file behind; `finally` removes it.
    await writeFile(temp, data, { flag: 'wx' });
    await link(temp, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (!code || !NO_HARD_LINKS.has(code)) throw error;
    try {
      await writeFile(target, data, { flag: 'wx' });
      return true;
    } catch (fallbackError) {
      if ((fallbackError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      // Created but not filled: remove it, so nobody reads a half-written file as the real one.
      await unlink(target).catch(() => undefined);
      throw fallbackError;
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
