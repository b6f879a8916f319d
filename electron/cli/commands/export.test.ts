import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../../../tests/support/cli';
import { makeTempDir } from '../../../tests/support/tempDir';
import { runCli } from '../run';
import { exportSubcommands } from './export/index';

/** The kinds of export, as the command names them in its messages and help. */
const exportKinds = exportSubcommands.map((command) => command.name).join('|');

const cli = runCliProcess;

async function inProcess(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('planhjulet export wheel | ics', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'plan.planhjul.json');
    const made = await inProcess([
      'new',
      '--title',
      'Trygg hverdag',
      '--municipality',
      'Bodø',
      '--from',
      '2026',
      '--to',
      '2029',
      '--out',
      plan,
      '--data',
      join(temp.dir, 'data'),
    ]);
    expect(made.code).toBe(0);
  });
  afterAll(() => temp.cleanup());

  it('writes the wheel as PNG and the calendar file from the command line', async () => {
    const png = join(temp.dir, 'årshjul 2027.png');
    const wheel = await cli(['export', 'wheel', plan, '--year', '2027', '--out', png], temp.dir);
    expect(wheel.stderr).toBe('');
    expect(wheel.code).toBe(0);
    expect(wheel.stdout.trim()).toBe(`Lagret årshjulet for 2027 i ${png}`);
    expect((await readFile(png)).subarray(1, 4).toString()).toBe('PNG');

    const ics = join(temp.dir, 'plan.ics');
    const calendar = await cli(['export', 'ics', plan, '--out', ics], temp.dir);
    expect(calendar.code).toBe(0);
    const parsed = new ICAL.Component(ICAL.parse(await readFile(ics, 'utf8')));
    expect(parsed.getAllSubcomponents('vevent').length).toBeGreaterThan(24);
  });

  it('writes SVG, chosen by the file ending', async () => {
    const svg = join(temp.dir, 'hjul.SVG');
    const result = await inProcess([
      'export',
      'wheel',
      plan,
      '--year',
      '2029',
      '--out',
      svg,
      '--data',
      temp.dir,
    ]);
    expect(result.code).toBe(0);
    expect(await readFile(svg, 'utf8')).toContain('Årshjul 2029 – Trygg hverdag');
  });

  it('explains mistakes in Norwegian with the usage of the subcommand, exit code 1', async () => {
    const badEnding = await inProcess(['export', 'wheel', plan, '--year', '2027', '--out', 'x.jpg']);
    expect(badEnding).toMatchObject({ code: 1 });
    expect(badEnding.err).toEqual([
      '--out må slutte på .svg eller .png, ikke «.jpg».',
      'Bruk: planhjulet export wheel PLAN.planhjul.json (--year ÅÅÅÅ | --four-year) --out FIL.svg|FIL.png [--lang nb|nn|en] [--today ÅÅÅÅ-MM-DD]',
    ]);
    const noYear = await inProcess(['export', 'wheel', plan, '--out', 'x.png']);
    expect(noYear.err[0]).toBe('Oppgi enten --year ÅÅÅÅ (årshjulet) eller --four-year (fireårshjulet).');
    const outside = await inProcess([
      'export',
      'wheel',
      plan,
      '--year',
      '2035',
      '--out',
      join(temp.dir, 'x.png'),
      '--data',
      temp.dir,
    ]);
    expect(outside).toMatchObject({
      code: 1,
      err: ['2035 er utenfor planperioden 2026–2029. Velg et år i planperioden.'],
    });
    const unknown = await inProcess(['export', 'poster', plan]);
    expect(unknown.code).toBe(1);
    expect(exportKinds).toMatch(/^plan\|report\|wheel\|ics\|status-forms\b/);
    expect(unknown.err[0]).toBe(`Ukjent eksport «poster». Velg ${exportKinds}.`);
    const lang = await inProcess(['export', 'ics', plan, '--out', 'x.ics', '--lang', 'se']);
    expect(lang.err[0]).toBe('--lang må være nb, nn eller en, ikke «se».');
  });

  it('shows the subcommands in the help', async () => {
    const help = await inProcess(['--help']);
    expect(help.out.some((line) => line.includes(`export ${exportKinds} PLAN --out FIL`))).toBe(true);
    const sub = await inProcess(['export', 'ics', '--help']);
    expect(sub).toMatchObject({ code: 0 });
    expect(sub.out[1]).toMatch(
      /^Bruk: planhjulet export ics PLAN\.planhjul\.json --out FIL\.ics \[--lang nb\|nn\|en\]/,
    );
  });
});
