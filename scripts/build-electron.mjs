// Bundles the Electron main process and the command line (ESM, split so that Word, spreadsheet and image
// libraries load only when an export needs them) and the sandboxed preload (CommonJS) into dist-electron/.
import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';

// Packages stay outside the bundle, except these: date-fns and zod are hundreds of small modules, and Node
// resolving and compiling them one by one took a large part of the CLI's start-up (a profile of `validate`:
// a third of it in the module loader); bundled, only what we use remains. lowdb (and its steno) are small
// but on every command's path; docx is one large file of which the exports use a part.
const pkg = JSON.parse(await readFile('package.json', 'utf8'));
const BUNDLED = new Set(['date-fns', 'zod', 'lowdb', 'docx']);
const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter(
  (name) => !BUNDLED.has(name),
);
// Each build gets its own id (electron/version.ts): pictures kept by one build are not trusted by the next.
const define = { 'process.env.PLANHJULET_BUILD_ID': JSON.stringify(randomUUID()) };
const common = { bundle: true, platform: 'node', target: 'node20', external, define, logLevel: 'warning' };

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
