import { chmod, lstat, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/support/tempDir';
import { writeFileDurably } from './durableWrite';

describe('durable writes', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  it('keep the mode of the file they replace, and write through a symlink to its target', async () => {
    const target = join(temp.dir, 'ekte.planhjul.json');
    const link = join(temp.dir, 'lenke.planhjul.json');
    await writeFile(target, 'gammel');
    await chmod(target, 0o600);
    await symlink(target, link);
    const written = await writeFileDurably(link, 'ny');
    expect(written).toBe(target);
    expect(await readFile(target, 'utf8')).toBe('ny');
    expect((await stat(target)).mode & 0o777).toBe(0o600);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
  });

  it('stop before replacing the file when told to, and leave no temporary file behind', async () => {
    const target = join(temp.dir, 'plan.planhjul.json');
    await writeFile(target, 'slik den var');
    const refusal = new Error('endret i mellomtiden');
    await expect(
      writeFileDurably(target, 'ny', {
        beforeReplacing: async () => {
          throw refusal;
        },
      }),
    ).rejects.toBe(refusal);
    expect(await readFile(target, 'utf8')).toBe('slik den var');
    expect(await readdir(temp.dir)).toEqual(['plan.planhjul.json']);
  });
});
