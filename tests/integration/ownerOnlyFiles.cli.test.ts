import { chmod, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { runCliProcess } from '../support/cli';
import { nationalStylePlan, OPEN_PERIOD } from '../support/nationalStylePlan';
import { makeTempDir } from '../support/tempDir';

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe('files that hold plan content are readable by their owner only (real CLI processes, real modes)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let home: string;
  let plan: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    home = join(temp.dir, 'home');
    plan = join(temp.dir, 'fjordvik.planhjul.json');
    await writeFile(plan, JSON.stringify(wrapPlanFile(nationalStylePlan()), null, 2));
    await chmod(plan, 0o640);
  });
  afterAll(() => temp.cleanup());

  it('runs where a new file is readable by others, so the modes below are the program’s doing', async () => {
    const probe = join(temp.dir, 'probe.txt');
    await writeFile(probe, '');
    expect((await modeOf(probe)) & 0o044).not.toBe(0);
  });

  it('writes backups and settings 0600 (in a 0700 folder) and keeps the plan’s own mode', async () => {
    const csv = join(temp.dir, 'm.csv');
    await writeFile(csv, 'Tiltak;Ansvarlig\nLære opp ansatte;Helsestasjonen\n');
    const result = await runCliProcess(['import', plan, '--measures', csv], home);
    expect(result.stderr).toBe('');
    expect(await modeOf(plan)).toBe(0o640);
    const [folder] = await readdir(join(home, 'backups'));
    const backupFolder = join(home, 'backups', folder as string);
    expect(await modeOf(backupFolder)).toBe(0o700);
    const backups = await readdir(backupFolder);
    expect(backups).toHaveLength(1);
    expect(await modeOf(join(backupFolder, backups[0] as string))).toBe(0o600);
    expect(await modeOf(join(home, 'settings.json'))).toBe(0o600);
  });

  it('exports status forms 0600', async () => {
    const forms = join(temp.dir, 'skjemaer');
    const result = await runCliProcess(
      ['export', 'status-forms', plan, '--period', OPEN_PERIOD, '--out', forms],
      home,
    );
    expect(result.code).toBe(0);
    const files = await readdir(forms);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files)
      expect({ file, mode: await modeOf(join(forms, file)) }).toEqual({ file, mode: 0o600 });
  });

  it('keeps the wheel pictures of a plan export in a cache folder of its owner only', async () => {
    const result = await runCliProcess(['export', 'plan', plan, '--out', join(temp.dir, 'plan.docx')], home);
    expect(result.code).toBe(0);
    expect(await modeOf(join(home, 'cache'))).toBe(0o700);
    expect(await modeOf(join(home, 'cache', 'wheel'))).toBe(0o700);
    const pictures = await readdir(join(home, 'cache', 'wheel'));
    // The annual wheel and the four-year wheel.
    expect(pictures).toHaveLength(2);
    for (const picture of pictures) {
      expect({ picture, mode: await modeOf(join(home, 'cache', 'wheel', picture)) }).toEqual({
        picture,
        mode: 0o600,
      });
    }
  });

  it('creates a new plan with the usual mode, not writable by others', async () => {
    const fresh = join(temp.dir, 'ny.planhjul.json');
    const result = await runCliProcess(
      ['new', '--title', 'Trygg', '--municipality', 'Bodø', '--from', '2026', '--to', '2029', '--out', fresh],
      home,
    );
    expect(result.code).toBe(0);
    expect((await modeOf(fresh)) & 0o022).toBe(0);
  });
});
