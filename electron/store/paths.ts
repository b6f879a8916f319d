import { lstat } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { PLAN_FILE_EXTENSION } from '../../core/schema/planFile';

/**
 * Where Planhjulet keeps settings, backups and (in browser mode) plans. `PLANHJULET_HOME` wins, so tests and
 * portable installs can point it anywhere; otherwise the platform's usual per-user configuration folder.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  const override = env.PLANHJULET_HOME?.trim();
  if (override) return path.resolve(override);
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), 'Planhjulet');
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'Planhjulet');
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME;
  const configHome = xdg && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(home, '.config');
  return path.posix.join(configHome, 'planhjulet');
}

export function plansDir(dataDir: string): string {
  return path.join(dataDir, 'plans');
}

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function isPlanPath(p: string): boolean {
  const name = path.basename(p).toLowerCase();
  return name.length > PLAN_FILE_EXTENSION.length && name.endsWith(PLAN_FILE_EXTENSION);
}

/** The file name without `.planhjul.json` (or without its last extension for other files). */
export function planFileStem(p: string): string {
  const name = path.basename(p);
  return isPlanPath(name) ? name.slice(0, -PLAN_FILE_EXTENSION.length) : path.parse(name).name;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_SLUG_CHARS = 60;

/**
 * A file-name-safe form of a title: letters of any script (so æ, ø and å stay readable) and digits, everything
 * else (slashes, colons, quotes, spaces, control characters …) collapsed to single hyphens.
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const slug = Array.from(words).slice(0, MAX_SLUG_CHARS).join('').replace(/-+$/, '');
  if (!slug) return 'plan';
  return WINDOWS_RESERVED.test(slug) ? `${slug}-plan` : slug;
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * `<dir>/<stem>.planhjul.json`, or with `-2`, `-3` … appended to the stem until neither the file nor a lock
 * for it exists. The caller must still create the file exclusively; this only picks a free name.
 */
export async function firstFreePlanPath(dir: string, stem: string): Promise<string> {
  for (let n = 1; n < 10_000; n++) {
    const candidate = path.join(dir, `${n === 1 ? stem : `${stem}-${n}`}${PLAN_FILE_EXTENSION}`);
    if (!(await exists(candidate)) && !(await exists(`${candidate}.lock`))) return candidate;
  }
  throw new Error(`No free file name for ${stem} in ${dir}`);
}

/** A new plan file path in `dir` named after the plan's title. */
export function uniquePlanPath(dir: string, title: string): Promise<string> {
  return firstFreePlanPath(dir, slugify(title));
}

/** Things an export can make again but need not (the wheel picture of an unchanged year): private to the user. */
export function cacheDir(dataDir: string): string {
  return path.join(dataDir, 'cache');
}
