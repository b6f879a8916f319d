export {
  backupsDir,
  defaultDataDir,
  isPlanPath,
  planFileStem,
  plansDir,
  slugify,
  uniquePlanPath,
} from './paths';
export { PlanDocuments, type PlanDocumentsOptions } from './planDocuments';
export { listPlanFiles, type PlanFileEntry } from './planFiles';
export type { LockOwner } from './planLock';
export { MAX_RECENT, type SettingsPatch, SettingsStore, type WindowBounds } from './settings';
