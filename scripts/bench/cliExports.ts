import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { wrapPlanFile } from '../../core/plan/create';
import { findPeriod } from '../../core/reporting/periods';
import { bigPlan } from '../../tests/support/bigPlan';
import { planMarkdown, reportMarkdown } from './markdown';
import { cpuNote, line, median, medianSeconds, type Timing, timeOf } from './measure';

const PERIOD = '2029-T3';
const RUNS = 7;

function hasPandoc(): boolean {
  try {
    execFileSync('pandoc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The Word exports as a user runs them, whole processes of the built CLI (start-up, reading and checking the
 * plan file, the wheel figure, writing the .docx), each beside `pandoc --toc` turning the same content written
 * as Markdown into a .docx in the same run. Runs alternate between the two so a busy machine slows both alike.
 */
export async function benchCliExports(dir: string): Promise<string[]> {
  const plan = bigPlan();
  const period = findPeriod(plan, PERIOD);
  if (!period) throw new Error(`The bench plan has no period ${PERIOD}`);
  const planPath = join(dir, 'export-bench.planhjul.json');
  await writeFile(planPath, JSON.stringify(wrapPlanFile(plan)));
  const env = { ...process.env, PLANHJULET_HOME: join(dir, 'home') };
  const cli = (...args: string[]) =>
    execFileSync(process.execPath, ['dist-electron/cli.cjs', ...args], { env, stdio: 'pipe' });
  const exports = [
    {
      name: 'plan export (whole CLI process, with wheel)',
      run: () => cli('export', 'plan', planPath, '--out', join(dir, 'plan.docx')),
      markdown: planMarkdown(plan),
    },
    {
      name: 'full progress report (whole CLI process)',
      run: () => cli('export', 'report', planPath, '--period', PERIOD, '--out', join(dir, 'report.docx')),
      markdown: reportMarkdown(plan, period),
    },
  ];
  const pandoc = hasPandoc();
  const lines: string[] = [];
  for (const [index, { name, run, markdown }] of exports.entries()) {
    if (!pandoc) {
      const time = await medianSeconds(5, run);
      lines.push(`${line(name, time, 'pandoc', 0, '≤ 1.0× pandoc')} (pandoc is not installed: no peer)`);
      continue;
    }
    const markdownPath = join(dir, `content-${index}.md`);
    await writeFile(markdownPath, markdown);
    const peer = () =>
      execFileSync('pandoc', ['--toc', '-o', join(dir, `pandoc-${index}.docx`), markdownPath], {
        stdio: 'pipe',
      });
    run();
    peer();
    const ours: Timing[] = [];
    const theirs: Timing[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      ours.push(timeOf(run));
      theirs.push(timeOf(peer));
    }
    const wall = (times: Timing[]) => median(times.map((t) => t.wall));
    lines.push(
      line(name, wall(ours), 'pandoc --toc, same content', wall(theirs), '≤ 1.0× pandoc') +
        cpuNote(ours, theirs),
    );
  }
  return lines;
}
