import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The project's import rules (see the README's architecture section). Every arrow points down:
 * renderer -> contract -> core; electron/api -> contract, store, export, import, library -> core; templates -> core.
 * A rule names the files it governs and what those files may not import.
 */
interface LayerRule {
  /** Which files the rule governs (path relative to the repository root, `/` separators). */
  appliesTo: RegExp;
  /** Imports (resolved to repository-relative paths, or bare package names) that are refused. */
  refuses: (target: string) => boolean;
  why: string;
}

const isOurs = (target: string) => !target.startsWith('pkg:');
const under =
  (...folders: string[]) =>
  (target: string) =>
    folders.some((folder) => target === folder || target.startsWith(`${folder}/`));
const isNodeBuiltin = (target: string) => /^pkg:node:/.test(target);

export const LAYER_RULES: readonly LayerRule[] = [
  {
    appliesTo: /^core\//,
    refuses: (t) => (isOurs(t) && !under('core')(t)) || isNodeBuiltin(t) || t === 'pkg:electron',
    why: 'core is pure: it imports only core and plain libraries (no Node, no Electron, nothing of ours outside core)',
  },
  {
    appliesTo: /^contract\//,
    refuses: (t) => (isOurs(t) && !under('contract', 'core')(t)) || isNodeBuiltin(t),
    why: 'the contract imports only core',
  },
  {
    appliesTo: /^templates\//,
    refuses: (t) => isOurs(t) && !under('templates', 'core')(t),
    why: 'templates import only core',
  },
  {
    appliesTo: /^renderer\//,
    refuses: (t) => (isOurs(t) && !under('renderer', 'contract', 'core')(t)) || isNodeBuiltin(t),
    why: 'the renderer talks to the backend only through the contract; it imports renderer, contract and core',
  },
  {
    appliesTo: /^electron\/(store|export|import|library)\//,
    refuses: under('electron/api', 'electron/shell', 'electron/cli', 'electron/web', 'renderer'),
    why: 'store, export, import and library sit below the API layer and never import it (they throw their own errors)',
  },
  {
    appliesTo: /^electron\//,
    refuses: under('renderer'),
    why: 'the backend never imports the renderer',
  },
  {
    appliesTo: /^(?!electron\/(shell\/|main\.ts|preload\.ts))/,
    refuses: (t) => t === 'pkg:electron',
    why: 'only the Electron glue (electron/shell, main.ts, preload.ts) imports electron',
  },
];

const IMPORT_PATTERN =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The modules a source file imports: repository-relative paths for our files, `pkg:<name>` for packages. */
export function importsOf(root: string, file: string, source: string): string[] {
  const targets: string[] = [];
  for (const match of source.matchAll(IMPORT_PATTERN)) {
    const specifier = match[1] ?? match[2];
    if (!specifier) continue;
    if (specifier.startsWith('.')) {
      const absolute = path.resolve(path.dirname(path.join(root, file)), specifier);
      targets.push(path.relative(root, absolute).split(path.sep).join('/'));
    } else {
      targets.push(`pkg:${specifier}`);
    }
  }
  return targets;
}

export interface LayerViolation {
  file: string;
  target: string;
  why: string;
}

const SOURCE = /\.(ts|tsx|mts)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', 'dist-electron', 'release', '.git', 'tests', 'scripts']);

function sourceFiles(root: string, dir = ''): string[] {
  const files: string[] = [];
  for (const name of readdirSync(path.join(root, dir))) {
    const relative = dir ? `${dir}/${name}` : name;
    if (statSync(path.join(root, relative)).isDirectory()) {
      if (!SKIP_DIRS.has(name)) files.push(...sourceFiles(root, relative));
    } else if (SOURCE.test(name) && !/\.test\.tsx?$/.test(name) && dir !== '') {
      files.push(relative);
    }
  }
  return files;
}

/** Every import in the tree under `root` that breaks a layer rule (tests and scripts are not layers). */
export function checkLayers(root: string): LayerViolation[] {
  const violations: LayerViolation[] = [];
  for (const file of sourceFiles(root)) {
    const rules = LAYER_RULES.filter((rule) => rule.appliesTo.test(file));
    if (rules.length === 0) continue;
    for (const target of importsOf(root, file, readFileSync(path.join(root, file), 'utf8'))) {
      const broken = rules.find((rule) => rule.refuses(target));
      if (broken) violations.push({ file, target: target.replace(/^pkg:/, ''), why: broken.why });
    }
  }
  return violations.sort((a, b) => a.file.localeCompare(b.file) || a.target.localeCompare(b.target));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const violations = checkLayers(process.cwd());
  for (const v of violations) console.error(`${v.file} imports ${v.target}: ${v.why}`);
  if (violations.length > 0) {
    console.error(`${violations.length} import(s) break the layer rules.`);
    process.exit(1);
  }
  console.log('Layer rules: every import points down.');
}
