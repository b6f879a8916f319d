import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inflatingWorkbook } from '../../electron/import/testing/inflatingWorkbook';
import { runCliProcess } from '../support/cli';
import { makeTempDir } from '../support/tempDir';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('importing hostile measure files (real CLI processes, real files)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let plan: string;
  let before: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    plan = join(temp.dir, 'p.planhjul.json');
    const made = await runCliProcess(
      ['new', '--title', 'Trygg', '--municipality', 'Bodø', '--from', '2026', '--to', '2029', '--out', plan],
      temp.dir,
    );
    expect(made.code).toBe(0);
    before = await readFile(plan, 'utf8');
  });
  afterAll(() => temp.cleanup());

  it('refuses a UTF-8 CSV with one stray \\xff byte, naming the line, and leaves the plan as it was', async () => {
    const csv = join(temp.dir, 'blandet.csv');
    await writeFile(
      csv,
      Buffer.concat([
        utf8(
          'Satsingsområde;Tiltak;Ansvarlig\n1;Øke kompetansen på vold;Helsestasjonen for små barn\n1;Kurs',
        ),
        Buffer.from([0xff]),
        utf8(';NAV\n'),
      ]),
    );
    const result = await runCliProcess(['import', plan, '--measures', csv], temp.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Linje 3 har tegn som ikke kan leses som UTF-8');
    expect(result.stderr).not.toMatch(/Ã/);
    expect(await readFile(plan, 'utf8')).toBe(before);
  });

  it('still imports a pure Windows-1252 CSV as Norwegian Excel writes it', async () => {
    const csv = join(temp.dir, 'ansi.csv');
    await writeFile(
      csv,
      Buffer.from('Tiltak;Ansvarlig\nLære opp ansatte;Helsestasjonen for små barn\n', 'latin1'),
    );
    const copy = join(temp.dir, 'copy.planhjul.json');
    await writeFile(copy, before);
    const result = await runCliProcess(['import', copy, '--measures', csv], temp.dir);
    expect(result.code).toBe(0);
    expect(
      JSON.parse(await readFile(copy, 'utf8')).plan.units.map((u: { name: string }) => u.name),
    ).toContain('Helsestasjonen for små barn');
  });

  it('refuses a small XLSX that unpacks to more than 50 MB, naming the limit, and leaves the plan as it was', async () => {
    const xlsx = join(temp.dir, 'bombe.xlsx');
    await writeFile(xlsx, await inflatingWorkbook(80));
    const result = await runCliProcess(['import', plan, '--measures', xlsx], temp.dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Regnearket er for stort: .*50 MB/);
    expect(await readFile(plan, 'utf8')).toBe(before);
  });
});
