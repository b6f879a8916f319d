import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every `*.planhjul.json` below `dir` (the browser mode keeps plans in its data folder). */
export async function findPlanFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.planhjul.json'))
      found.push(join(entry.parentPath, entry.name));
  }
  return found.sort();
}

export async function readPlanFile(
  path: string,
): Promise<{ plan: { title: string; focusAreas: { title: string }[] } }> {
  return JSON.parse(await readFile(path, 'utf8'));
}
