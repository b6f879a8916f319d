import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { appRoot } from '../appRoot';
import type { CliIo } from './command';

/** Builds the page into `rendererDir`; false where it cannot (no source or build tools here). */
export type RendererBuilder = (rendererDir: string, io: CliIo) => Promise<boolean>;

/**
 * Where Planhjulet runs from its source (a checkout with `npm install` done), builds the page with Vite into
 * `rendererDir`. Vite's output goes to stderr: `serve` keeps stdout for the one line with the address.
 */
export const buildRendererFromSource: RendererBuilder = async (rendererDir, io) => {
  const root = appRoot();
  if (!existsSync(join(root, 'vite.config.ts'))) return false;
  let vite: string;
  try {
    // Vite's package exports no `bin/`; its package.json says where the folder is.
    vite = join(
      dirname(createRequire(join(root, 'package.json')).resolve('vite/package.json')),
      'bin',
      'vite.js',
    );
  } catch {
    return false;
  }
  const child = spawn(
    process.execPath,
    [vite, 'build', '--logLevel', 'warn', '--outDir', rendererDir, '--emptyOutDir'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (text: string) => {
      for (const line of text.split('\n')) if (line.trim()) io.err(`  ${line}`);
    });
  }
  const code = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(null));
    child.once('exit', resolve);
  });
  return code === 0 && existsSync(join(rendererDir, 'index.html'));
};

/**
 * The page must be built before `serve` has anything to show. Builds it on first use where it can, and says
 * so on the command line; where it cannot, says what to do. True when the page is there.
 */
export async function ensureRendererBuilt(
  rendererDir: string,
  io: CliIo,
  build: RendererBuilder = buildRendererFromSource,
): Promise<boolean> {
  if (existsSync(join(rendererDir, 'index.html'))) return true;
  io.err(
    `Brukergrensesnittet er ikke bygget ennå (${rendererDir} mangler). Bygger det nå, det tar et halvt minutt …`,
  );
  if (await build(rendererDir, io)) {
    io.err('Brukergrensesnittet er bygget.');
    return true;
  }
  io.err(
    `Kunne ikke bygge brukergrensesnittet her. Kjør «npm run build:renderer» (eller «npm run build») i Planhjulet-mappen og start «serve» på nytt.`,
  );
  return false;
}
