import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every `*.planhjul.json` below `dir` (the browser mode's data folder), leaving out the backups. */
export async function findPlanFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const inBackups = relative(dir, entry.parentPath).split(sep).includes('backups');
    if (entry.isFile() && entry.name.endsWith('.planhjul.json') && !inBackups) {
      found.push(join(entry.parentPath, entry.name));
    }
  }
  return found.sort();
}

export async function readPlanFile(
  path: string,
): Promise<{ plan: { title: string; focusAreas: { title: string }[] } }> {
  return JSON.parse(await readFile(path, 'utf8'));
}
