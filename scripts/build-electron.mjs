// Bundles the Electron main process (ESM), the sandboxed preload (CommonJS) and the command line into
// dist-electron/. The bundled CLI starts in a fraction of the time tsx needs, which matters for scripts.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['electron/main.ts'],
  format: 'esm',
  outfile: 'dist-electron/main.mjs',
});
await build({
  ...common,
  entryPoints: ['electron/preload.ts'],
  format: 'cjs',
  outfile: 'dist-electron/preload.cjs',
});
await build({ ...common, entryPoints: ['electron/cli.ts'], format: 'esm', outfile: 'dist-electron/cli.mjs' });
