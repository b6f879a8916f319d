import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli';
import { makeTempDir } from '../support/tempDir';

/** Runs the real CLI with its standard output closed by the reader before the first line, as `| head -0` does. */
function runWithClosedStdout(args: string[], home: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], {
      env: { ...process.env, PLANHJULET_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('the CLI writing into a closed pipe (planhjulet check PLAN | head -1)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'p.planhjul.json');
    const made = await runCliProcess(
      ['new', '--title', 'Trygg', '--municipality', 'Bodø', '--from', '2026', '--to', '2029', '--out', plan],
      temp.dir,
    );
    expect(made.code).toBe(0);
  });
  afterAll(() => temp.cleanup());

  it('ends quietly with the command’s own exit code', async () => {
    const result = await runWithClosedStdout(['check', plan], temp.dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('still says on standard error why a command failed, with exit code 1', async () => {
    const result = await runWithClosedStdout(['check', join(temp.dir, 'missing.planhjul.json')], temp.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/finnes ikke|Fant ikke/i);
    expect(result.stderr).not.toMatch(/EPIPE|at .*\.ts:\d+/);
  });

  it('ends quietly when the reader goes away after the first line, through a real shell pipe', async () => {
    const child = spawn(
      'bash',
      ['-c', `set -o pipefail; node --import tsx electron/cli.ts check "$0" | head -1`, plan],
      {
        env: { ...process.env, PLANHJULET_HOME: temp.dir },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stdout).toMatch(/^Kvalitetssjekk av «Trygg»/);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
