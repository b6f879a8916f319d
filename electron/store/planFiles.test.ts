import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/support/tempDir';
import { listPlanFiles } from './planFiles';

describe('listPlanFiles', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('lists plan files newest first and nothing else', async () => {
    const at = (iso: string) => new Date(iso);
    for (const [name, when] of [
      ['eldst.planhjul.json', '2026-01-01T00:00:00Z'],
      ['nyest.planhjul.json', '2026-03-01T00:00:00Z'],
      ['midt.planhjul.json', '2026-02-01T00:00:00Z'],
      ['notat.txt', '2026-04-01T00:00:00Z'],
      ['nyest.planhjul.json.lock', '2026-04-01T00:00:00Z'],
      ['.nyest.planhjul.json.tmp', '2026-04-01T00:00:00Z'],
    ] as const) {
      await writeFile(join(temp.dir, name), '{}');
      await utimes(join(temp.dir, name), at(when), at(when));
    }
    await mkdir(join(temp.dir, 'mappe.planhjul.json'));

    const files = await listPlanFiles(temp.dir);
    expect(files).toEqual([
      {
        path: join(temp.dir, 'nyest.planhjul.json'),
        fileName: 'nyest.planhjul.json',
        modifiedAt: '2026-03-01T00:00:00.000Z',
      },
      {
        path: join(temp.dir, 'midt.planhjul.json'),
        fileName: 'midt.planhjul.json',
        modifiedAt: '2026-02-01T00:00:00.000Z',
      },
      {
        path: join(temp.dir, 'eldst.planhjul.json'),
        fileName: 'eldst.planhjul.json',
        modifiedAt: '2026-01-01T00:00:00.000Z',
      },
    ]);
  });

  it('gives an empty list for a folder that does not exist', async () => {
    expect(await listPlanFiles(join(temp.dir, 'finnes-ikke'))).toEqual([]);
  });
});
