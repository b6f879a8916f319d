import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir';

/**
 * `serve` on a checkout where the page has never been built: it builds the page itself, says so on stderr,
 * prints only the address on stdout, and then serves the real page.
 */
describe('serve before a build', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    temp = await makeTempDir();
  });
  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await temp.cleanup();
  });

  it('builds the page on first use and serves it', async () => {
    const rendererDir = join(temp.dir, 'renderer');
    child = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/cli.ts', 'serve', '--data', join(temp.dir, 'data')],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PLANHJULET_RENDERER_DIR: rendererDir } },
    );
    let out = '';
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    const url = await new Promise<URL>((resolve, reject) => {
      child?.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const line = out.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
        if (line) resolve(new URL(line.trim()));
      });
      child?.once('exit', (code) => reject(new Error(`serve ended (${code}): ${err}`)));
    });
    expect(err).toMatch(/Brukergrensesnittet er ikke bygget ennå \(.+ mangler\)\. Bygger det nå/);
    expect(err).toContain('Brukergrensesnittet er bygget.');
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(rendererDir, 'index.html'))).toBe(true);

    const login = await fetch(url, { redirect: 'manual' });
    expect(login.status).toBe(303);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const page = await fetch(new URL('/', url.origin), { headers: { cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<div id="root">');
    expect(html).toMatch(/<script type="module"[^>]* src="\.\/assets\/index-[\w-]+\.js"/);
  }, 240_000);
});
