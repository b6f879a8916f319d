import { readFile, stat } from 'node:fs/promises';
import type { LibraryEntry } from '../../contract/methods/library';
import { checkPlanFileText } from '../../core/validation';
import { listPlanFiles } from '../store/planFiles';
import type { PlanScorer } from './planScore';
import { summarizePlan } from './planSummary';
import { readLockInfo } from './readLockInfo';

/** Files read at the same time; a folder on a network share answers better to a few than to hundreds. */
const PARALLEL_READS = 8;

async function describeFile(
  file: { path: string; fileName: string; modifiedAt: string },
  score?: PlanScorer,
  today?: string,
): Promise<LibraryEntry> {
  const lock = await readLockInfo(file.path);
  let bytes: Buffer;
  let sizeBytes = 0;
  try {
    bytes = await readFile(file.path);
    sizeBytes = (await stat(file.path)).size;
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      ...file,
      sizeBytes,
      lock,
      olderSchemaVersion: null,
      summary: null,
      problems: [{ path: '', message: `Planhjulet fikk ikke lese filen (${reason}).` }],
    };
  }
  const check = checkPlanFileText(bytes.toString('utf8'));
  if (!check.ok) {
    return {
      ...file,
      sizeBytes,
      lock,
      olderSchemaVersion: null,
      summary: null,
      problems: check.problems.slice(0, 5),
    };
  }
  return {
    ...file,
    sizeBytes,
    lock,
    olderSchemaVersion: check.migratedFrom,
    summary: summarizePlan(check.file.plan, score, today),
    problems: [],
  };
}

/**
 * The plan files directly in `folder`, each read once and described: valid plans with their summary, broken
 * ones with the reason, locked ones with who holds the lock. Reading only: nothing in the folder is written,
 * renamed or locked, so listing a shared folder never disturbs a colleague who has a plan open.
 */
export async function listLibrary(
  folder: string,
  score?: PlanScorer,
  accept?: (path: string) => Promise<boolean>,
  today?: string,
): Promise<LibraryEntry[]> {
  const files = await listPlanFiles(folder, accept);
  const entries: LibraryEntry[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      entries[index] = await describeFile(files[index]!, score, today);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, files.length) }, worker));
  return entries.sort(libraryOrder);
}

/** Plans by municipality and title, as a shelf is ordered; files that cannot be opened last, by name. */
function libraryOrder(a: LibraryEntry, b: LibraryEntry): number {
  if (a.summary && b.summary) {
    return (
      a.summary.municipality.localeCompare(b.summary.municipality, 'nb') ||
      a.summary.title.localeCompare(b.summary.title, 'nb') ||
      a.fileName.localeCompare(b.fileName, 'nb')
    );
  }
  if (a.summary) return -1;
  if (b.summary) return 1;
  return a.fileName.localeCompare(b.fileName, 'nb');
}
