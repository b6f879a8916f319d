import { isAbsolute, relative, resolve } from 'node:path';
import { plansDir } from '../store/paths';
import { LibraryError } from './libraryError';
import type { LibraryHost } from './libraryHost';

/**
 * The folder the library shows: the data folder's plans by default. The browser mode may show only that
 * folder (a page must not read elsewhere); the desktop app and the CLI may show any folder.
 */
export function resolveLibraryFolder(ctx: LibraryHost, folder?: string): string {
  const home = plansDir(ctx.dataDir);
  if (folder === undefined) return home;
  const absolute = resolve(folder);
  if (ctx.mode === 'web') {
    const inside = relative(home, absolute);
    if (inside !== '' || isAbsolute(inside)) {
      throw new LibraryError({
        code: 'invalid-input',
        message: `I nettlesermodus viser planbiblioteket bare mappen ${home}.`,
        path: folder,
      });
    }
  }
  return absolute;
}

/**
 * Which listed plan files this host may read: in browser mode only those whose real path stays in its folder
 * (a symlink in the plans folder must not show a plan kept elsewhere); elsewhere every file.
 */
export function usablePlanFiles(ctx: LibraryHost): ((path: string) => Promise<boolean>) | undefined {
  if (ctx.mode !== 'web') return undefined;
  return (path) =>
    ctx.resolvePlanPath(path).then(
      () => true,
      () => false,
    );
}
