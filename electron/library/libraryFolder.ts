import { isAbsolute, relative, resolve } from 'node:path';
import type { ApiContext, Dialogs } from '../api/context';
import { ApiError } from '../api/errors';
import { plansDir } from '../store/paths';

/**
 * The folder the library shows: the data folder's plans by default. The browser mode may show only that
 * folder (a page must not read elsewhere); the desktop app and the CLI may show any folder.
 */
export function resolveLibraryFolder(ctx: ApiContext, folder?: string): string {
  const home = plansDir(ctx.dataDir);
  if (folder === undefined) return home;
  const absolute = resolve(folder);
  if (ctx.mode === 'web') {
    const inside = relative(home, absolute);
    if (inside !== '' || isAbsolute(inside)) {
      throw new ApiError({
        code: 'invalid-input',
        message: `I nettlesermodus viser planbiblioteket bare mappen ${home}.`,
        path: folder,
      });
    }
  }
  return absolute;
}

/**
 * MERGE NOTE: the desktop app's dialogs get a folder picker by adding `chooseFolder(): Promise<string | null>`
 * to `Dialogs` (electron/api/context.ts) and to `nativeDialogs` (electron/shell/dialogs.ts, `showOpenDialog`
 * with `properties: ['openDirectory']`). Until then this finds none and the library lists the data folder.
 */
export interface FolderDialogs {
  chooseFolder(): Promise<string | null>;
}

export function folderDialogs(dialogs: Dialogs | null): FolderDialogs | null {
  if (dialogs === null) return null;
  const candidate = dialogs as Dialogs & Partial<FolderDialogs>;
  return typeof candidate.chooseFolder === 'function' ? (candidate as Dialogs & FolderDialogs) : null;
}
