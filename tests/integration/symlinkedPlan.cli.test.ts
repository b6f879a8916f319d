import { lstat, mkdir, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliProcess } from '../support/cli';
import { makeTempDir } from '../support/tempDir';

describe('a plan reached through a symlink (real CLI processes, real links)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let real: string;
  let link: string;
  let home: string;
  let files: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    home = join(temp.dir, 'home');
    files = join(temp.dir, 'files');
    await mkdir(join(files, 'real'), { recursive: true });
    real = join(files, 'real', 't.planhjul.json');
    link = join(files, 'link.planhjul.json');
    const made = await runCliProcess(
      ['new', '--title', 'Trygg', '--municipality', 'Bodø', '--from', '2026', '--to', '2029', '--out', real],
      home,
    );
    expect(made.code).toBe(0);
    await symlink(real, link);
  });
  afterAll(() => temp.cleanup());

  it('imports into the real plan and leaves the link a link, with no lock or temp file left', async () => {
    const csv = join(files, 'm.csv');
    await writeFile(csv, 'Tiltak;Ansvarlig\nLære opp ansatte;Helsestasjonen\n');
    const result = await runCliProcess(['import', link, '--measures', csv], home);
    expect(result.code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    const saved = JSON.parse(await readFile(real, 'utf8'));
    expect(saved.plan.measures.map((m: { title: string }) => m.title)).toContain('Lære opp ansatte');
    expect((await readdir(files)).sort()).toEqual(['link.planhjul.json', 'm.csv', 'real']);
    expect(await readdir(join(files, 'real'))).toEqual(['t.planhjul.json']);
  });
});
