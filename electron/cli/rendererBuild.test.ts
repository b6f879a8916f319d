import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/support/tempDir';
import type { CliIo } from './command';
import { ensureRendererBuilt } from './rendererBuild';

function recordingIo(): CliIo & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return { outLines, errLines, out: (l) => outLines.push(l), err: (l) => errLines.push(l) };
}

describe('the page is built before serve starts', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let rendererDir: string;
  beforeEach(async () => {
    temp = await makeTempDir();
    rendererDir = join(temp.dir, 'renderer');
  });
  afterEach(() => temp.cleanup());

  it('says nothing and builds nothing when the page is there', async () => {
    await mkdir(rendererDir);
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html>');
    const io = recordingIo();
    let built = false;
    const ready = await ensureRendererBuilt(rendererDir, io, async () => {
      built = true;
      return true;
    });
    expect(ready).toBe(true);
    expect(built).toBe(false);
    expect([...io.outLines, ...io.errLines]).toEqual([]);
  });

  it('builds a missing page on first use, saying so on stderr and leaving stdout to the address', async () => {
    const io = recordingIo();
    const ready = await ensureRendererBuilt(rendererDir, io, async (dir) => {
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, 'index.html'), '<!doctype html>');
      return true;
    });
    expect(ready).toBe(true);
    expect(io.outLines).toEqual([]);
    expect(io.errLines[0]).toMatch(
      /^Brukergrensesnittet er ikke bygget ennå \(.+renderer mangler\)\. Bygger det nå/,
    );
    expect(io.errLines.at(-1)).toBe('Brukergrensesnittet er bygget.');
  });

  it('says what to do where it cannot build', async () => {
    const io = recordingIo();
    expect(await ensureRendererBuilt(rendererDir, io, async () => false)).toBe(false);
    expect(io.errLines.at(-1)).toMatch(/Kjør «npm run build:renderer» .* og start «serve» på nytt\./);
  });
});
