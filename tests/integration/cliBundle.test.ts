import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { nationalStylePlan, OPEN_PERIOD } from '../support/nationalStylePlan';
import { makeTempDir } from '../support/tempDir';
import { readWord } from '../support/wordDocument';

const run = promisify(execFile);
const CACHE = 'dist-electron/cli-bundle.v8cache';

/**
 * The command line as `npm run build` makes it and the installed `planhjulet` runs it: one CommonJS bundle,
 * started through its loader with the code cache made at build time. The other CLI tests run the sources.
 */
describe('the built command line (dist-electron/cli.cjs)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let home: string;
  let plan: string;

  const built = async (args: string[], entry = 'dist-electron/cli.cjs') => {
    try {
      const { stdout, stderr } = await run(process.execPath, [entry, ...args], {
        env: { ...process.env, PLANHJULET_HOME: home },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  };
  /** Whether a fresh process would compile the bundle with its cache (and V8 took it). */
  const cacheUsed = async () =>
    (
      await run(process.execPath, [
        '-e',
        "process.stdout.write(String(require('./dist-electron/cli.cjs').loadCli().cacheUsed))",
      ])
    ).stdout;

  beforeAll(async () => {
    await run(process.execPath, ['scripts/build-electron.mjs']);
    temp = await makeTempDir();
    home = join(temp.dir, 'home');
    plan = join(temp.dir, 'fjordvik.planhjul.json');
    await writeFile(plan, JSON.stringify(wrapPlanFile(nationalStylePlan()), null, 2));
  });
  afterAll(() => temp.cleanup());

  it('starts with the code cache the build made, from a bundle that is ASCII only (it is read as Latin-1)', async () => {
    expect(await cacheUsed()).toBe('true');
    const bundle = await readFile('dist-electron/cli-bundle.cjs');
    expect(bundle.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });

  it('checks, validates and creates plans', async () => {
    const validated = await built(['validate', plan]);
    expect(validated).toMatchObject({ code: 0, stderr: '' });
    expect(validated.stdout).toContain('Gyldig');
    const checked = await built(['check', plan, '--json', '--today', '2027-09-01']);
    expect(checked.code).toBe(0);
    expect(JSON.parse(checked.stdout).findings.length).toBeGreaterThan(0);
    const made = await built([
      'new',
      '--title',
      'Ny plan',
      '--municipality',
      'Fjordvik',
      '--from',
      '2028',
      '--to',
      '2031',
      '--out',
      join(temp.dir, 'ny.planhjul.json'),
    ]);
    expect(made).toMatchObject({ code: 0, stderr: '' });
  });

  it('writes Word with the wheel, pictures with their fonts, calendars and spreadsheets', async () => {
    const docx = join(temp.dir, 'plan.docx');
    expect(await built(['export', 'plan', plan, '--out', docx])).toMatchObject({ code: 0 });
    const document = await readWord(await readFile(docx));
    expect(document.text).toContain(nationalStylePlan().title);
    expect(document.imageAlts.some((alt) => alt.startsWith('Årshjulet'))).toBe(true);

    const png = join(temp.dir, 'hjul.png');
    expect(await built(['export', 'wheel', plan, '--year', '2027', '--out', png])).toMatchObject({ code: 0 });
    expect((await readFile(png)).subarray(1, 4).toString('latin1')).toBe('PNG');

    const ics = join(temp.dir, 'hjul.ics');
    expect(await built(['export', 'ics', plan, '--out', ics])).toMatchObject({ code: 0 });
    expect(await readFile(ics, 'utf8')).toContain('BEGIN:VCALENDAR');

    const forms = join(temp.dir, 'skjema');
    const exported = await built(['export', 'status-forms', plan, '--period', OPEN_PERIOD, '--out', forms]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/12 statusskjemaer lagret/);
    const form = await readFile(join(forms, 'Statusskjema 2027-T2 - Barneverntjenesten.xlsx'));
    expect(form.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('refuses bad input with its message and exit code 1', async () => {
    const broken = join(temp.dir, 'broken.planhjul.json');
    await writeFile(broken, '{"format": "planhjulet", "schemaVersion": 2, "plan": {"id": ""}}');
    const result = await built(['validate', broken]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('plan.');
  });

  it('is what the installed `planhjulet` command runs', async () => {
    const result = await built(['validate', plan], 'bin/planhjulet.cjs');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Gyldig');
  });

  it('does not use a cache from another build, or one V8 refuses, and runs the same without it', async () => {
    const cache = await readFile(CACHE);
    const expected = await built(['check', plan, '--json', '--today', '2027-09-01']);
    try {
      // Another build's cache: the first line names another build (same length, as V8 alone would accept).
      const otherBuild = Buffer.from(cache);
      otherBuild[10] = otherBuild[10] === 0x30 ? 0x31 : 0x30;
      await writeFile(CACHE, otherBuild);
      expect(await cacheUsed()).toBe('false');
      expect(await built(['check', plan, '--json', '--today', '2027-09-01'])).toEqual(expected);

      // This build's line, followed by what V8 cannot use.
      const end = cache.indexOf(10) + 1;
      await writeFile(CACHE, Buffer.concat([cache.subarray(0, end), Buffer.alloc(4096, 7)]));
      expect(await cacheUsed()).toBe('false');
      expect(await built(['check', plan, '--json', '--today', '2027-09-01'])).toEqual(expected);
    } finally {
      await writeFile(CACHE, cache);
    }
    expect(await cacheUsed()).toBe('true');
  });
});
