// Bundles the Electron main process and the command line (ESM, split so that Word, spreadsheet and image
// libraries load only when an export needs them) and the sandboxed preload (CommonJS) into dist-electron/.
import { rm } from 'node:fs/promises';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
};

await rm('dist-electron', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { main: 'electron/main.ts', cli: 'electron/cli.ts' },
  format: 'esm',
  splitting: true,
  outdir: 'dist-electron',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
});
await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  format: 'cjs',
  outfile: 'dist-electron/preload.cjs',
});
