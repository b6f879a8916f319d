import { readFile } from 'node:fs/promises';
import { LockInfo } from '../../contract/lockInfo';

/**
 * Who holds the lock beside a plan file, read without touching it; null when there is no lock. A lock file
 * that cannot be read as one still marks the plan as locked (by someone unknown): better a warning too many.
 */
export async function readLockInfo(planPath: string): Promise<LockInfo | null> {
  let text: string;
  try {
    text = await readFile(`${planPath}.lock`, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { user: 'ukjent', host: 'ukjent', since: '' };
  }
  try {
    const parsed = LockInfo.safeParse(JSON.parse(text));
    if (parsed.success) {
      const { user, host, since, pid } = parsed.data;
      return { user, host, since, ...(pid !== undefined ? { pid } : {}) };
    }
  } catch {
    // Not JSON: fall through to «unknown».
  }
  return { user: 'ukjent', host: 'ukjent', since: '' };
}
