import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { nationalStylePlan } from '../support/nationalStylePlan';
import { makeTempDir } from '../support/tempDir';

const run = promisify(execFile);

/**
 * A real full disk: the plan lies on a small tmpfs mounted in a private mount namespace (`unshare`; as root
 * directly, otherwise in a user namespace), filled up to `freeBytes` before the real CLI runs in that same
 * namespace. The shell then lists the folder, since the tmpfs is gone once the namespace ends.
 */
async function importOnFullDisk(
  folder: string,
  options: { plan: string; csv: string; home: string; freeBytes: number },
): Promise<{ stdout: string; stderr: string; exit: number; files: string[]; planAfter: string }> {
  const script = `
    set -u
    mount -t tmpfs -o size=256k tmpfs "$DISK"
    cp "$PLAN" "$DISK/plan.planhjul.json"
    avail=$(df -B1 --output=avail "$DISK" | tail -n 1)
    head -c $((avail - FREE)) /dev/zero > "$DISK/fyll" 2>/dev/null || true
    "$NODE" --import tsx electron/cli.ts import "$DISK/plan.planhjul.json" --measures "$CSV" > "$OUT/stdout" 2> "$OUT/stderr"
    echo $? > "$OUT/exit"
    ls -A "$DISK" > "$OUT/files"
    cp "$DISK/plan.planhjul.json" "$OUT/plan-after"
  `;
  const namespace = process.getuid?.() === 0 ? ['--mount'] : ['--user', '--map-root-user', '--mount'];
  const out = join(folder, 'out');
  await mkdir(out, { recursive: true });
  await mkdir(join(folder, 'disk'), { recursive: true });
  await run('unshare', [...namespace, 'sh', '-c', script], {
    env: {
      ...process.env,
      DISK: join(folder, 'disk'),
      PLAN: options.plan,
      CSV: options.csv,
      FREE: String(options.freeBytes),
      NODE: process.execPath,
      OUT: out,
      PLANHJULET_HOME: options.home,
    },
  });
  const text = (name: string) => readFile(join(out, name), 'utf8');
  return {
    stdout: await text('stdout'),
    stderr: await text('stderr'),
    exit: Number((await text('exit')).trim()),
    files: (await text('files')).split('\n').filter(Boolean).sort(),
    planAfter: await text('plan-after'),
  };
}

describe('a full disk (a real tmpfs filled up, the real CLI)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;
  let csv: string;
  let before: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'kilde.planhjul.json');
    before = JSON.stringify(wrapPlanFile(nationalStylePlan()), null, 2);
    await writeFile(plan, before);
    csv = join(temp.dir, 'm.csv');
    await writeFile(csv, 'Tiltak;Ansvarlig\nLære opp ansatte;Helsestasjonen\n');
  });
  afterAll(() => temp.cleanup());

  it('with no room for the lock: says the disk is full, leaves no temp file and the plan as it was', async () => {
    const result = await importOnFullDisk(join(temp.dir, 'a'), {
      plan,
      csv,
      home: join(temp.dir, 'home-a'),
      freeBytes: 0,
    });
    expect(result.exit).toBe(1);
    expect(result.stderr).toContain('Disken er full');
    expect(result.stderr).not.toMatch(/Noe gikk galt|Uventet feil|ENOSPC|at \w/);
    expect(result.files).toEqual(['fyll', 'plan.planhjul.json']);
    expect(result.planAfter).toBe(before);
  });

  it('with room for the lock but not the plan: says the disk is full and cleans up after itself', async () => {
    const result = await importOnFullDisk(join(temp.dir, 'b'), {
      plan,
      csv,
      home: join(temp.dir, 'home-b'),
      freeBytes: 4096,
    });
    expect(result.exit).toBe(1);
    expect(result.stderr).toContain('Disken er full, så Planhjulet fikk ikke lagret planen');
    expect(result.stderr).not.toMatch(/Noe gikk galt|Uventet feil|at \w/);
    expect(result.files).toEqual(['fyll', 'plan.planhjul.json']);
    expect(result.planAfter).toBe(before);
  });
});
