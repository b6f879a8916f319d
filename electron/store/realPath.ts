import { lstat, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';

/** Links followed before a path is judged a loop (the kernel's own limit is about the same). */
const MAX_LINKS = 40;

function errnoOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Where `file` really is once every symlink on the way is followed, also when the file (or some of the folders
 * leading to it) does not exist yet: the existing part is resolved and the rest appended, and a dangling link
 * is followed to where its target would be. What is written to a path ends up at this path.
 */
export async function realPathOf(file: string, linksLeft = MAX_LINKS): Promise<string> {
  const absolute = path.resolve(file);
  try {
    return await realpath(absolute);
  } catch (error) {
    const code = errnoOf(error);
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
  }
  const parent = path.dirname(absolute);
  if (parent === absolute) return absolute;
  const info = await lstat(absolute).catch(() => null);
  if (info?.isSymbolicLink()) {
    if (linksLeft <= 0) {
      throw Object.assign(new Error(`Too many symbolic links: ${absolute}`), { code: 'ELOOP' });
    }
    const target = path.resolve(parent, await readlink(absolute));
    return realPathOf(target, linksLeft - 1);
  }
  return path.join(await realPathOf(parent, linksLeft), path.basename(absolute));
}

/** True when `file` is `folder` itself or lies below it (both already absolute and resolved). */
export function isInsideFolder(folder: string, file: string): boolean {
  const inside = path.relative(folder, file);
  return (
    inside === '' || (!inside.startsWith(`..${path.sep}`) && inside !== '..' && !path.isAbsolute(inside))
  );
}
