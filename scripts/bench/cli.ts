import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { wrapPlanFile } from '../../core/plan/create';
import { bigPlan } from '../../tests/support/bigPlan';
import { cpuNote, line, median, type Timing, timeOf } from './measure';

const RUNS = 15;

/**
 * `validate` (and any other read-only command) on the big plan as whole processes of the built CLI, each run
 * beside a bare Node start-up, alternating so a busy machine slows both alike.
 */
export async function benchCli(dir: string, commands: readonly string[]): Promise<string[]> {
  const planPath = join(dir, 'cli-bench.planhjul.json');
  await writeFile(planPath, JSON.stringify(wrapPlanFile(bigPlan())));
  const env = { ...process.env, PLANHJULET_HOME: join(dir, 'home') };
  const bare = () => execFileSync(process.execPath, ['-e', ''], { env });
  const lines: string[] = [];
  for (const command of commands) {
    const run = () =>
      execFileSync(process.execPath, ['dist-electron/cli.cjs', command, planPath], { env, stdio: 'pipe' });
    run();
    bare();
    const ours: Timing[] = [];
    const floors: Timing[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      ours.push(timeOf(run));
      floors.push(timeOf(bare));
    }
    const wall = (times: Timing[]) => median(times.map((t) => t.wall));
    lines.push(
      line(`${command} (whole CLI process)`, wall(ours), 'node start-up', wall(floors), '≤ 3× floor') +
        cpuNote(ours, floors),
    );
  }
  return lines;
}
