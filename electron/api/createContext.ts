import { resolve } from 'node:path';
import { currentUser } from '../store/currentUser';
import { backupsDir, isPlanPath, plansDir } from '../store/paths';
import { PlanDocuments } from '../store/planDocuments';
import { isInsideFolder, realPathOf } from '../store/realPath';
import { SettingsStore } from '../store/settings';
import { APP_VERSION } from '../version';
import { ApiError } from './apiError';
import type { ApiContext, Dialogs } from './context';
import { commandLineDeliverer, type FileDeliverer } from './delivery';

export interface HostOptions {
  mode: ApiContext['mode'];
  dataDir: string;
  dialogs?: Dialogs | null;
  /** Browser mode: plan files only inside the data folder's plans folder. */
  restrictToPlansDir?: boolean;
  autosaveDelayMs?: number;
  /** How exports reach the user; the CLI's (write to --out) when absent. */
  files?: FileDeliverer;
  /** See `ApiContext.checkResults`; checked when absent. */
  checkResults?: boolean;
}

export interface HostContext extends ApiContext {
  dispose(): Promise<void>;
}

/** Builds the context the handlers run in, for one host and one data folder. */
export async function createHostContext(options: HostOptions): Promise<HostContext> {
  const dataDir = resolve(options.dataDir);
  const documents = new PlanDocuments({
    backupsDir: backupsDir(dataDir),
    autosaveDelayMs: options.autosaveDelayMs ?? 800,
    owner: currentUser(),
  });
  const settings = await SettingsStore.open(dataDir);
  const allowedRoot = plansDir(dataDir);
  return {
    mode: options.mode,
    version: APP_VERSION,
    dataDir,
    documents,
    settings,
    dialogs: options.dialogs ?? null,
    // The templates (catalogue, vocabularies) are loaded by the one method that makes a plan from them.
    planTemplate: async (language) => (await import('../../templates')).planTemplateFor(language),
    now: () => new Date(),
    async resolvePlanPath(path: string): Promise<string> {
      const absolute = options.restrictToPlansDir ? resolve(allowedRoot, path) : resolve(path);
      if (!isPlanPath(absolute)) {
        throw new ApiError({
          code: 'invalid-input',
          message: 'En planfil må ha endelsen .planhjul.json.',
          path,
        });
      }
      // Symlinks are followed before anything is read or written, so the check below judges the real place.
      const real = await realPathOf(absolute).catch(() => null);
      if (options.restrictToPlansDir) {
        const root = await realPathOf(allowedRoot).catch(() => allowedRoot);
        if (real === null || !isInsideFolder(root, real) || !isPlanPath(real)) {
          throw new ApiError({
            code: 'invalid-input',
            message: `I nettlesermodus kan Planhjulet bare bruke planer som ligger i mappen ${allowedRoot}.`,
            path,
          });
        }
      }
      // Where the path cannot be followed (a link loop, a folder without access) reading it fails with the reason.
      return real ?? absolute;
    },
    files: options.files ?? commandLineDeliverer,
    ...(options.checkResults === false ? { checkResults: false } : {}),
    dispose: () => documents.closeAll(),
  };
}
