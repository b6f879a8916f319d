import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { samplePlan } from '../../core/plan/testPlan';
import { runCliProcess } from '../support/cli';
import { makeTempDir } from '../support/tempDir';

describe('the CLI and a plan someone else holds the lock on (real process, real lock file)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;
  let before: string;
  let lockText: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'plan.planhjul.json');
    before = JSON.stringify(wrapPlanFile(samplePlan()), null, 2);
    await writeFile(plan, before);
    const since = new Date(Date.now() - 13 * 60 * 60 * 1000).toISOString();
    lockText = JSON.stringify({ user: 'kari', host: 'KONTOR-12', pid: 4242, since });
    await writeFile(`${plan}.lock`, lockText);
  });
  afterAll(() => temp.cleanup());

  it('refuses to import, naming who holds the lock, since when, and that it is probably forgotten', async () => {
    const csv = join(temp.dir, 'm.csv');
    await writeFile(csv, 'Tiltak;Ansvarlig\nLære opp ansatte;Helsestasjonen\n');
    const result = await runCliProcess(['import', plan, '--measures', csv], join(temp.dir, 'home'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /Planen er åpen hos kari på maskinen KONTOR-12 siden \d\d\.\d\d\.\d{4} kl\. \d\d:\d\d\. Låsen er over 12 timer gammel og fra en annen maskin/,
    );
    expect(await readFile(plan, 'utf8')).toBe(before);
    expect(await readFile(`${plan}.lock`, 'utf8')).toBe(lockText);
  });
});
