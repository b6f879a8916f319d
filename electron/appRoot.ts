import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding Planhjulet's package.json, whether run from source (tsx) or from a bundle. */
export function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        if ((JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'planhjulet')
          return dir;
      } catch {
        // Not ours; keep walking up.
      }
    }
    dir = dirname(dir);
  }
  return process.cwd();
}

/** The built page; `PLANHJULET_RENDERER_DIR` points elsewhere (a test of a first start without a build). */
export function rendererDistDir(): string {
  return process.env.PLANHJULET_RENDERER_DIR || join(appRoot(), 'dist', 'renderer');
}
