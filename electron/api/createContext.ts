import { isAbsolute, relative, resolve } from 'node:path';
import { planTemplateFor } from '../../templates';
import { currentUser } from '../store/currentUser';
import { backupsDir, isPlanPath, plansDir } from '../store/paths';
import { PlanDocuments } from '../store/planDocuments';
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
    planTemplate: planTemplateFor,
    now: () => new Date(),
    resolvePlanPath(path: string): string {
      const absolute = options.restrictToPlansDir ? resolve(allowedRoot, path) : resolve(path);
      if (!isPlanPath(absolute)) {
        throw new ApiError({
          code: 'invalid-input',
          message: 'En planfil må ha endelsen .planhjul.json.',
          path,
        });
      }
      if (options.restrictToPlansDir) {
        const inside = relative(allowedRoot, absolute);
        if (inside.startsWith('..') || isAbsolute(inside)) {
          throw new ApiError({
            code: 'invalid-input',
            message: `I nettlesermodus kan Planhjulet bare åpne planer i mappen ${allowedRoot}.`,
            path,
          });
        }
      }
      return absolute;
    },
    files: options.files ?? commandLineDeliverer,
    dispose: () => documents.closeAll(),
  };
}
