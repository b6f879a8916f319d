import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const RENDERER_DIR = resolve(import.meta.dirname, '../../dist/renderer');

/** The scripts the page loads before anything else: its entry and what index.html preloads for it. */
function startScripts(): string[] {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] as string);
}

describe('the start page of the built renderer', () => {
  it('loads none of the plan operations: they come with the first plan opened', () => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      throw new Error(`The renderer is not built (${RENDERER_DIR}): run \`npx vite build\` first.`);
    }
    const scripts = startScripts();
    expect(scripts.length).toBeGreaterThan(1);
    // An operation's name is written where the operation is defined (and where a page calls it).
    const holding = (file: string) =>
      readFileSync(join(RENDERER_DIR, file), 'utf8').includes('measure.setLeadOwner');
    const everywhere = readdirSync(join(RENDERER_DIR, 'assets'))
      .filter((name) => name.endsWith('.js'))
      .map((name) => `assets/${name}`);
    expect(everywhere.filter(holding).length).toBeGreaterThan(0);
    expect(scripts.filter(holding)).toEqual([]);
  });
});
