import type { PlanTemplate } from '../../core/plan/template';
import type { PlanDocuments } from '../store/planDocuments';
import type { SettingsStore } from '../store/settings';
import type { FileDeliverer } from './delivery';

/** Native dialogs exist only in the Electron host. */
export interface Dialogs {
  openPlan(): Promise<string | null>;
  savePlanAs(suggestedName: string): Promise<string | null>;
  chooseFolder(): Promise<string | null>;
}

/** Everything a handler may use. Each host (Electron, browser mode, CLI) builds one. */
export interface ApiContext {
  mode: 'electron' | 'web' | 'cli';
  version: string;
  dataDir: string;
  documents: PlanDocuments;
  settings: SettingsStore;
  dialogs: Dialogs | null;
  /** What a new plan starts from, named in the plan's language. */
  planTemplate(language: 'nb' | 'nn'): Promise<PlanTemplate>;
  now(): Date;
  /**
   * Turns a path from the caller into an absolute plan path, or throws an ApiError. The browser mode only
   * allows plan files inside its data folder, so a page can never read or write elsewhere.
   */
  resolvePlanPath(path: string): Promise<string>;
  /** Hands produced files (exports) to the user the way this host does it. */
  files: FileDeliverer;
  /**
   * False on the command line: a result goes to the command's own code in this process, not to a page, so
   * dispatch does not check it against the contract once more (for `check` of a big plan that check was a
   * fifteenth of the command). Every other host, and a context that leaves this out, has its results checked.
   */
  checkResults?: boolean;
}
