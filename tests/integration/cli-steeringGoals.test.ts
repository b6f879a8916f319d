import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { runCliProcess as cli } from '../support/cli';
import { realisticPlan } from '../support/realisticPlan';
import { makeTempDir } from '../support/tempDir';

/** The goals marked as steering goals, as a spreadsheet for the budget round, through the real CLI. */
describe('CLI: export steering-goals', { timeout: 120_000 }, () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let planPath: string;
  const plan = realisticPlan();
  const marked = plan.focusAreas.flatMap((area) => area.goals).slice(0, 2);

  beforeAll(async () => {
    temp = await makeTempDir();
    planPath = join(temp.dir, 'fjordvik.planhjul.json');
    const anchoringMap = {
      documents: [],
      steeringGoals: marked.map((goal, i) => ({ goalId: goal.id, code: `HP-${i + 1}` })),
    };
    await writeFile(planPath, JSON.stringify(wrapPlanFile({ ...plan, anchoringMap })));
  });
  afterAll(() => temp.cleanup());

  it('writes one row per steering goal with its code, and leaves the plan as it was', async () => {
    const before = await readFile(planPath, 'utf8');
    const out = join(temp.dir, 'styringsmål.xlsx');
    const result = await cli(['export', 'steering-goals', planPath, '--out', out], temp.dir);
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
    const cells = workbook.worksheets[0]
      ?.getSheetValues()
      .flat()
      .filter((value): value is string => typeof value === 'string');
    expect(marked.length).toBe(2);
    for (const [i, goal] of marked.entries()) {
      expect(cells).toContain(`HP-${i + 1}`);
      expect(cells).toContain(goal.text);
    }
    expect(await readFile(planPath, 'utf8')).toBe(before);
  });
});
