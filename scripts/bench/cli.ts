import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { wrapPlanFile } from '../../core/plan/create';
import { bigPlan } from '../../tests/support/bigPlan';
import { line, medianSeconds } from './measure';

/** `validate` (and any other read-only command) on the big plan as whole processes of the built CLI. */
export async function benchCli(dir: string, commands: readonly string[]): Promise<string[]> {
  const planPath = join(dir, 'cli-bench.planhjul.json');
  await writeFile(planPath, JSON.stringify(wrapPlanFile(bigPlan())));
  const env = { ...process.env, PLANHJULET_HOME: join(dir, 'home') };
  const floor = await medianSeconds(5, () => execFileSync(process.execPath, ['-e', ''], { env }));
  const lines: string[] = [];
  for (const command of commands) {
    const time = await medianSeconds(5, () =>
      execFileSync(process.execPath, ['dist-electron/cli.mjs', command, planPath], { env, stdio: 'pipe' }),
    );
    lines.push(line(`${command} (whole CLI process)`, time, 'node start-up', floor, '< 1 s'));
  }
  return lines;
}
