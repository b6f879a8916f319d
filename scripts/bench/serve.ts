import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../../tests/e2e/support/app';
import { findChromium } from '../../tests/e2e/support/chromium';
import { line } from './measure';

function waitForUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(output);
      if (match) resolve(match[0]);
    });
    child.once('exit', (code) => reject(new Error(`serve stopped (${code}): ${output}`)));
  });
}

/**
 * From starting `serve` to the start page being interactive (its form's first field can take focus), against
 * an empty page served by a bare Node server, both in the same Chromium.
 */
export async function benchServe(dir: string): Promise<string> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const runs: number[] = [];
    const floors: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const page = await browser.newPage();
      const start = performance.now();
      const child = spawn(
        process.execPath,
        ['dist-electron/cli.cjs', 'serve', '--data', join(dir, `serve-${i}`)],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      const url = await waitForUrl(child);
      await page.goto(url);
      await page.getByRole('textbox').first().focus();
      runs.push((performance.now() - start) / 1000);
      child.kill('SIGTERM');
      await page.close();

      const floorPage = await browser.newPage();
      const floorStart = performance.now();
      const bare = spawn(
        process.execPath,
        [
          '-e',
          "const s=require('http').createServer((q,r)=>r.end('<!doctype html><title>x</title><input>'));s.listen(0,'127.0.0.1',()=>console.log('http://127.0.0.1:'+s.address().port+'/?token=x'))",
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      const bareUrl = await waitForUrl(bare);
      await floorPage.goto(bareUrl);
      await floorPage.locator('input').focus();
      floors.push((performance.now() - floorStart) / 1000);
      bare.kill('SIGTERM');
      await floorPage.close();
    }
    const median = (values: number[]) =>
      values.sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
    return line(
      'serve → start page interactive',
      median(runs),
      'bare server + empty page',
      median(floors),
      '≤ 3× floor',
    );
  } finally {
    await browser.close();
  }
}
