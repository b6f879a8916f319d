import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../../core/plan/create';
import { runCliProcess } from '../../../tests/support/cli';
import { realisticPlan } from '../../../tests/support/realisticPlan';
import { makeTempDir } from '../../../tests/support/tempDir';
import { readWord } from '../../../tests/support/wordDocument';
import { runCli } from '../run';

const cli = runCliProcess;

describe('planhjulet export', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'fjordvik.planhjul.json');
    await writeFile(plan, JSON.stringify(wrapPlanFile(realisticPlan())));
  });
  afterAll(() => temp.cleanup());

  it('exports the plan in Nynorsk', async () => {
    const out = join(temp.dir, 'plan.docx');
    const result = await cli(['export', 'plan', plan, '--out', out, '--lang', 'nn'], temp.dir);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim()).toBe(`Lagret planen som Word-dokument: ${out}`);
    expect((await readWord(await readFile(out))).text).toContain('Samarbeidspartnarar');
  });

  it('exports the political progress report for a period', async () => {
    const out = join(temp.dir, 'rapport.docx');
    const result = await cli(
      ['export', 'report', plan, '--period', '2026-T3', '--variant', 'political', '--out', out],
      temp.dir,
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const doc = await readWord(await readFile(out));
    expect(doc.text).toContain('Politisk sammendrag');
  });

  it('refuses an unknown period, listing the valid ones, and writes nothing', async () => {
    const out = join(temp.dir, 'ingen.docx');
    const result = await cli(['export', 'report', plan, '--period', '2026-T9', '--out', out], temp.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'Planen har ingen rapporteringsperiode «2026-T9». Gyldige perioder er 2026-T1,',
    );
    await expect(stat(out)).rejects.toThrow();
  });

  it('explains wrong arguments with the subcommand’s usage', async () => {
    // Argument mistakes are caught before any file is touched, so these run in-process.
    const inProcess = async (args: string[]) => {
      const io = { stdout: [] as string[], stderr: [] as string[] };
      const code = await runCli(args, { out: (l) => io.stdout.push(l), err: (l) => io.stderr.push(l) });
      return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
    };
    const badVariant = await inProcess([
      'export',
      'report',
      plan,
      '--period',
      '2026-T3',
      '--variant',
      'kort',
      '--out',
      'x.docx',
    ]);
    expect(badVariant.code).toBe(1);
    expect(badVariant.stderr).toContain(
      '--variant må være political (politisk sammendrag) eller full, ikke «kort».',
    );
    expect(badVariant.stderr).toContain('Bruk: planhjulet export report PLAN.planhjul.json --period ID');
    const unknown = await inProcess(['export', 'poster', plan]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Ukjent eksport «poster».');
    expect(unknown.stderr).toContain('Bruk: planhjulet export plan|report|wheel|ics|status-forms');
    const noOut = await inProcess(['export', 'plan', plan]);
    expect(noOut).toMatchObject({ code: 1, stderr: expect.stringContaining('Mangler --out.') });
    const badLanguage = await inProcess(['export', 'plan', plan, '--out', 'x.docx', '--lang', 'en']);
    expect(badLanguage.stderr).toContain('--lang må være nb (bokmål) eller nn (nynorsk), ikke «en».');
    expect((await inProcess(['export', '--help'])).code).toBe(0);
  });
});
