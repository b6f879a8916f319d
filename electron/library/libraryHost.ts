import type { PlanDocuments } from '../store/planDocuments';
import type { SettingsStore } from '../store/settings';

/** What the library needs from the program it runs in; the API context provides it. */
export interface LibraryHost {
  mode: 'electron' | 'web' | 'cli';
  version: string;
  dataDir: string;
  documents: PlanDocuments;
  settings: SettingsStore;
  now(): Date;
  /** An absolute plan path the host allows, or an error (browser mode keeps to its data folder). */
  resolvePlanPath(path: string): Promise<string>;
}
