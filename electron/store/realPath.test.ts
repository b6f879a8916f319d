import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/support/tempDir';
import { isInsideFolder, realPathOf } from './realPath';

describe('realPathOf', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('follows a linked folder to a file that does not exist yet', async () => {
    await mkdir(join(temp.dir, 'elsewhere'));
    await symlink(join(temp.dir, 'elsewhere'), join(temp.dir, 'linkdir'));
    expect(await realPathOf(join(temp.dir, 'linkdir', 'new', 'x.planhjul.json'))).toBe(
      join(temp.dir, 'elsewhere', 'new', 'x.planhjul.json'),
    );
  });

  it('follows a linked file, and a dangling link to where its target would be', async () => {
    await writeFile(join(temp.dir, 'real.planhjul.json'), '{}');
    await symlink('real.planhjul.json', join(temp.dir, 'link.planhjul.json'));
    await symlink(join(temp.dir, 'gone', 'y.planhjul.json'), join(temp.dir, 'dangling.planhjul.json'));
    expect(await realPathOf(join(temp.dir, 'link.planhjul.json'))).toBe(join(temp.dir, 'real.planhjul.json'));
    expect(await realPathOf(join(temp.dir, 'dangling.planhjul.json'))).toBe(
      join(temp.dir, 'gone', 'y.planhjul.json'),
    );
  });

  it('gives up on a link loop', async () => {
    await symlink(join(temp.dir, 'b.planhjul.json'), join(temp.dir, 'a.planhjul.json'));
    await symlink(join(temp.dir, 'a.planhjul.json'), join(temp.dir, 'b.planhjul.json'));
    await expect(realPathOf(join(temp.dir, 'a.planhjul.json'))).rejects.toMatchObject({ code: 'ELOOP' });
  });
});

describe('isInsideFolder', () => {
  it('tells a file below the folder from one beside it', () => {
    expect(isInsideFolder('/data/plans', '/data/plans/a.planhjul.json')).toBe(true);
    expect(isInsideFolder('/data/plans', '/data/plans/..a.planhjul.json')).toBe(true);
    expect(isInsideFolder('/data/plans', '/data/plans-other/a.planhjul.json')).toBe(false);
    expect(isInsideFolder('/data/plans', '/data/a.planhjul.json')).toBe(false);
  });
});
