import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type { PlanFileEntry as PlanFileEntrySchema } from '../../contract/methods/app';
import { isPlanPath } from './paths';

export type PlanFileEntry = z.infer<typeof PlanFileEntrySchema>;

/**
 * The plan files (`*.planhjul.json`) directly in `dir`, most recently changed first; none if `dir` is missing.
 * `accept` can leave out files the caller may not use (browser mode: links that lead out of its folder).
 */
export async function listPlanFiles(
  dir: string,
  accept?: (path: string) => Promise<boolean>,
): Promise<PlanFileEntry[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw error;
  }
  const entries: (PlanFileEntry & { mtimeMs: number })[] = [];
  for (const fileName of names.filter(isPlanPath)) {
    const full = path.join(dir, fileName);
    try {
      const info = await stat(full);
      if (!info.isFile() || (accept && !(await accept(full)))) continue;
      entries.push({ path: full, fileName, modifiedAt: info.mtime.toISOString(), mtimeMs: info.mtimeMs });
    } catch {
      // Removed while listing.
    }
  }
  return entries
    .sort((a, b) => b.mtimeMs - a.mtimeMs || a.fileName.localeCompare(b.fileName, 'nb'))
    .map(({ mtimeMs: _mtimeMs, ...entry }) => entry);
}
