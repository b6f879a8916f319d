// Bundles into dist-electron/: the Electron main process (ESM, split so that Word, spreadsheet and image
// libraries load only when an export needs them), the sandboxed preload (CommonJS), and the command line
// (CommonJS, with a V8 code cache made by running it once: electron/cli/bundleLoader.ts).
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const buildId = randomUUID();
const define = { 'process.env.PLANHJULET_BUILD_ID': JSON.stringify(buildId) };
const common = { bundle: true, platform: 'node', target: 'node20', external, define, logLevel: 'warning' };

await rm('dist-electron', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { main: 'electron/main.ts' },
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

// The command line is one file, so that it can be compiled with one code cache. A command's modules still run
// only when that command is chosen: esbuild turns each `import()` into a deferred initialiser.
await build({
  ...common,
  entryPoints: ['electron/cli/main.ts'],
  format: 'cjs',
  outfile: 'dist-electron/cli-bundle.cjs',
  define: { ...define, 'import.meta.url': 'importMetaUrl' },
  // The first line names the build: the code cache is used only with the bundle of its own build.
  banner: {
    js: `/* build ${buildId} */\nvar importMetaUrl = require("node:url").pathToFileURL(__filename).href;`,
  },
});
await asciiOnly('dist-electron/cli-bundle.cjs');
await build({
  ...common,
  entryPoints: ['electron/cli/bundleLoader.ts'],
  format: 'cjs',
  outfile: 'dist-electron/cli.cjs',
});
await writeCliCodeCache();

/**
 * esbuild escapes what is not ASCII in strings, but leaves regular expressions and comments as written (`/ø/`).
 * Escaped there too, the bundle is read as Latin-1 (electron/cli/bundleLoader.ts): decoding it as UTF-8 took
 * 5 ms of every command, and V8 reads a one-byte source faster. `\uXXXX` means the same character in a
 * regular expression, with or without the `u` flag; after a backslash it would not, so that stops the build.
 */
async function asciiOnly(path) {
  const source = await readFile(path, 'utf8');
  const escapedAlready = /\\[\u0080-\uffff]/.exec(source);
  if (escapedAlready) throw new Error(`${path}: a backslash before «${escapedAlready[0]}»; cannot escape it`);
  const escaped = source.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  await writeFile(path, escaped);
}

/**
 * Runs the commands whose start-up is measured (`validate`, `check`) on a new plan in a temporary folder, and
 * keeps what V8 compiled for them. Other commands compile the rest as they go, as before.
 */
async function writeCliCodeCache() {
  const { writeCodeCache } = createRequire(import.meta.url)('../dist-electron/cli.cjs');
  const dir = await mkdtemp(join(tmpdir(), 'planhjulet-build-'));
  const home = process.env.PLANHJULET_HOME;
  process.env.PLANHJULET_HOME = join(dir, 'home');
  const plan = join(dir, 'opplaering.planhjul.json');
  // The plan is made by a process of its own: what `new` compiles would only make the cache larger.
  execFileSync(process.execPath, [
    'dist-electron/cli.cjs',
    'new',
    '--title',
    'Opplæring',
    '--municipality',
    'Eksempel',
    '--from',
    '2027',
    '--to',
    '2030',
    '--out',
    plan,
  ]);
  const commands = [
    ['validate', plan],
    ['check', plan],
  ];
  const errors = [];
  const io = { out() {}, err: (line) => errors.push(line) };
  try {
    await writeCodeCache(async (cli) => {
      for (const argv of commands) {
        if ((await cli.runCli(argv, io)) !== 0) throw new Error(`${argv[0]}: ${errors.join('\n')}`);
      }
    });
  } finally {
    if (home === undefined) delete process.env.PLANHJULET_HOME;
    else process.env.PLANHJULET_HOME = home;
    await rm(dir, { recursive: true, force: true });
  }
}
