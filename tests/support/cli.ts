import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI as a separate process, as `npm run planhjulet -- …` does, with its own data folder. */
export async function runCliProcess(args: string[], home: string): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], {
      env: { ...process.env, PLANHJULET_HOME: home },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as CliResult;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/**
 * `planhjulet new` through the real CLI: a plan for 2026–2029 at `path`. Throws with the CLI's own message when
 * it fails or says anything on stderr, so a test's setup cannot go wrong quietly.
 */
export async function newPlanByCli(
  path: string,
  home: string,
  plan: { title: string; municipality: string },
): Promise<void> {
  const args = ['new', '--title', plan.title, '--municipality', plan.municipality];
  const made = await runCliProcess([...args, '--from', '2026', '--to', '2029', '--out', path], home);
  if (made.code !== 0 || made.stderr !== '') {
    throw new Error(`planhjulet new failed (${made.code}): ${made.stderr}`);
  }
}
