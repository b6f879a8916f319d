import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { constants, Script } from 'node:vm';
import type { CliIo } from './command';

/**
 * The built command line's entry (dist-electron/cli.cjs). The CLI itself is one CommonJS bundle next to it;
 * this compiles that bundle with the V8 code cache `npm run build` made by running it once, so a command does
 * not compile again the code every command runs (an eighth of `validate`'s time on a large plan). Node 20
 * has no code cache for ES modules, hence CommonJS.
 *
 * The bundle's first line names its build (a comment with a new id each build), and the cache file begins
 * with the line of the bundle it was made from: V8 itself compares no more than the source's length, so a
 * cache from another build must not reach it. A missing or refused cache costs time and nothing else.
 */

/** What the bundle (electron/cli/main.ts) exports. */
export interface CliBundle {
  main(argv: string[]): Promise<never>;
  runCli(argv: string[], io: CliIo): Promise<number>;
}

const BUNDLE = join(__dirname, 'cli-bundle.cjs');
const CACHE = join(__dirname, 'cli-bundle.v8cache');
const BUILD_LINE = Buffer.from('/* build ');

/** The bundle's first line, which names its build; empty for a bundle without one (it gets no cache). */
function buildLineOf(source: Buffer): Buffer {
  const end = source.indexOf(10);
  return end > 0 && source.subarray(0, BUILD_LINE.length).equals(BUILD_LINE)
    ? source.subarray(0, end + 1)
    : Buffer.alloc(0);
}

function readCache(): Buffer | undefined {
  try {
    return readFileSync(CACHE);
  } catch {
    return undefined;
  }
}

/** Compiles and runs the bundle as Node would run a CommonJS module, with `cachedData` when given. */
function compile(source: Buffer, cachedData?: Buffer): { script: Script; cli: CliBundle } {
  // The build leaves the bundle ASCII only (scripts/build-electron.mjs), and Latin-1 is the quickest to decode.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source.toString('latin1')}\n})`;
  const script = new Script(wrapped, {
    filename: BUNDLE,
    ...(cachedData ? { cachedData } : {}),
    // The bundle loads a few packages with `import()`; without this, vm refuses dynamic imports.
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as CliBundle };
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run(module.exports, createRequire(BUNDLE), module, BUNDLE, __dirname);
  return { script, cli: module.exports };
}

/** The command line, compiled with its code cache when the cache belongs to this bundle. */
export function loadCli(): { cli: CliBundle; cacheUsed: boolean } {
  const source = readFileSync(BUNDLE);
  const cache = readCache();
  const line = buildLineOf(source);
  const matches = line.length > 0 && cache !== undefined && cache.subarray(0, line.length).equals(line);
  const cachedData = matches ? cache.subarray(line.length) : undefined;
  const { script, cli } = compile(source, cachedData);
  return { cli, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/**
 * Makes the code cache (at build time): compiles the bundle afresh, lets `train` run commands with it, then
 * stores what V8 compiled along the way. Only the functions that ran are in it, so train with the commands
 * whose start-up matters.
 */
export async function writeCodeCache(train: (cli: CliBundle) => Promise<void>): Promise<void> {
  const source = readFileSync(BUNDLE);
  const line = buildLineOf(source);
  if (line.length === 0) throw new Error(`${BUNDLE} does not begin with the line naming its build`);
  const { script, cli } = compile(source);
  await train(cli);
  const partial = `${CACHE}.${process.pid}.tmp`;
  writeFileSync(partial, Buffer.concat([line, script.createCachedData()]));
  renameSync(partial, CACHE);
}

/** Runs the command line with these arguments and ends the process with its exit code. */
export function run(argv: string[]): Promise<never> {
  return loadCli().cli.main(argv);
}

if (require.main === module) void run(process.argv.slice(2));
