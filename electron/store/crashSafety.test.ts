import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlan } from '../../core/plan/testPlan';
import { checkPlanFileText } from '../../core/validation';
import { makeTempDir } from '../../tests/support/tempDir';
import { PlanDocuments } from './planDocuments';

const KILLS = 200;
const PARALLEL = 4;
const CHILD_SOURCE = fileURLToPath(new URL('./testing/saveLoopChild.ts', import.meta.url));

describe('crash safety of saving', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let childScript: string;
  const running = new Set<ChildProcess>();

  beforeAll(async () => {
    temp = await makeTempDir();
    // One bundle per test run, so every spawn is a plain `node x.mjs` without a TypeScript loader.
    childScript = join(temp.dir, 'saveLoopChild.mjs');
    await esbuild.build({
      entryPoints: [CHILD_SOURCE],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: childScript,
      logLevel: 'warning',
    });
  });

  afterAll(async () => {
    for (const child of running) child.kill('SIGKILL');
    await temp.cleanup();
  });

  /**
   * Starts the save loop and resolves once it has saved at least once. Each child finds the lock of the one
   * killed before it (same host, dead pid): if it did not take that stale lock over, it would open the plan
   * read-only, exit, and fail the test here.
   */
  function startSaving(planPath: string, backups: string): Promise<ChildProcess> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [childScript, planPath, backups], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      running.add(child);
      let stdout = '';
      let stderr = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('saved\n')) resolve(child);
      });
      child.stderr?.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('exit', (code, signal) => {
        running.delete(child);
        reject(
          new Error(`save loop ended before its first save (${code ?? signal}): ${stderr.slice(0, 2000)}`),
        );
      });
    });
  }

  function killHard(child: ChildProcess): Promise<void> {
    return new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  it(`leaves a valid plan file after each of ${KILLS} kills in the middle of saving`, async () => {
    const backups = join(temp.dir, 'backups');
    const failures: string[] = [];
    const titlesAfterKill: string[] = [];

    const lane = async (laneNo: number): Promise<void> => {
      const planPath = join(temp.dir, `lane-${laneNo}.planhjul.json`);
      const documents = new PlanDocuments({ backupsDir: backups });
      const doc = await documents.create(planPath, samplePlan());
      await documents.close(doc.docId);
      for (let run = 0; run < KILLS / PARALLEL; run++) {
        const child = await startSaving(planPath, backups);
        await new Promise((r) => setTimeout(r, Math.random() * 60));
        await killHard(child);
        const text = await readFile(planPath, 'utf8');
        const check = checkPlanFileText(text);
        if (check.ok) titlesAfterKill.push(check.file.plan.title);
        else {
          failures.push(`lane ${laneNo}, kill ${run}: ${text.length} bytes, ${check.problems[0]?.message}`);
          return; // the next save loop could not even open it
        }
      }
    };

    await Promise.all(Array.from({ length: PARALLEL }, (_, i) => lane(i)));

    expect(failures).toEqual([]);
    // The kills landed at many points of the loop, not only right after the first save.
    expect(titlesAfterKill.filter((t) => t !== 'Runde 1').length).toBeGreaterThan(KILLS / 10);
    // 200 processes on a busy two-core machine can take a while; the limit only guards against a hang.
  }, 420_000);
});
