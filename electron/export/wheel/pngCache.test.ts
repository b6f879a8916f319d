import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { svgToPng } from './png';
import { cachedDrawing, cachedPng, digestOf } from './pngCache';

const svg = (fill: string, width = 30) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="20"><rect width="${width}" height="20" fill="${fill}"/></svg>`;

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'planhjulet-png-cache-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the cache of rendered pictures', () => {
  it('draws a picture once, keeps it private, and gives the kept one back for the same drawing', async () => {
    const dir = join(root, 'cache', 'wheel');
    const first = await cachedPng(svg('#1F3864'), 1.5, dir);
    expect(first.bytes).toEqual(svgToPng(svg('#1F3864'), 1.5));
    expect([first.width, first.height]).toEqual([45, 30]);
    const [name] = await readdir(dir);
    expect(name).toMatch(/^[0-9a-f]{64}\.png$/);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(join(dir, name as string))).mode & 0o777).toBe(0o600);

    // Another picture in the kept file's place shows the second call reads the file rather than drawing.
    const other = svgToPng(svg('#C62828', 40));
    await writeFile(join(dir, name as string), other);
    const second = await cachedPng(svg('#1F3864'), 1.5, dir);
    expect(second.bytes).toEqual(other);
    expect([second.width, second.height]).toEqual([40, 20]);
  });

  it('draws again when the drawing or the scale differs, or the kept file is not a picture', async () => {
    const dir = join(root, 'cache');
    await cachedPng(svg('#1F3864'), 1, dir);
    expect(await cachedPng(svg('#1F3864'), 2, dir)).toMatchObject({ width: 60 });
    expect((await cachedPng(svg('#C62828'), 1, dir)).bytes).toEqual(svgToPng(svg('#C62828')));
    const names = await readdir(dir);
    expect(names).toHaveLength(3);
    for (const name of names) await writeFile(join(dir, name), 'not a picture');
    expect((await cachedPng(svg('#C62828'), 1, dir)).bytes).toEqual(svgToPng(svg('#C62828')));
  });

  it('keeps only the newest pictures', async () => {
    const dir = join(root, 'cache');
    for (let width = 10; width < 26; width += 1) await cachedPng(svg('#1F3864', width), 1, dir);
    expect((await readdir(dir)).filter((n) => n.endsWith('.png'))).toHaveLength(12);
  });

  it('still gives the picture when the cache folder cannot be made', async () => {
    const blocker = join(root, 'a-file');
    await writeFile(blocker, 'in the way');
    const image = await cachedPng(svg('#1F3864'), 1, join(blocker, 'cache'));
    expect(image.bytes).toEqual(svgToPng(svg('#1F3864')));
    expect(await readFile(blocker, 'utf8')).toBe('in the way');
  });
});

describe('pictures found by what they are drawn from', () => {
  const counting = () => {
    const drawn: string[] = [];
    const draw = (fill: string) => () => {
      drawn.push(fill);
      return { svg: svg(fill), facts: { fill } };
    };
    return { drawn, draw };
  };

  it('are drawn once per build and inputs, and come back with their facts', async () => {
    const dir = join(root, 'cache');
    const { drawn, draw } = counting();
    const key = { dir, buildId: 'build-1', inputs: ['annual wheel', 2027, { title: 'Plan' }] };
    const first = await cachedDrawing(draw('#1F3864'), 1, key);
    const second = await cachedDrawing(draw('#1F3864'), 1, key);
    expect(drawn).toEqual(['#1F3864']);
    expect(second).toEqual(first);
    expect(second.facts).toEqual({ fill: '#1F3864' });
    expect(second.bytes).toEqual(svgToPng(svg('#1F3864')));
    const names = await readdir(dir);
    expect(names.filter((n) => n.endsWith('.json'))).toHaveLength(1);
    for (const name of names) expect((await stat(join(dir, name))).mode & 0o777).toBe(0o600);

    // Other inputs, another build, or another scale: drawn again.
    await cachedDrawing(draw('#C62828'), 1, { ...key, inputs: ['annual wheel', 2028, { title: 'Plan' }] });
    await cachedDrawing(draw('#1F3864'), 1, { ...key, buildId: 'build-2' });
    await cachedDrawing(draw('#1F3864'), 2, key);
    expect(drawn).toEqual(['#1F3864', '#C62828', '#1F3864', '#1F3864']);
  });

  it('are drawn every time when the build is not known, so a changed drawing code is never hidden', async () => {
    const dir = join(root, 'cache');
    const { drawn, draw } = counting();
    const key = { dir, buildId: undefined, inputs: ['annual wheel'] };
    await cachedDrawing(draw('#1F3864'), 1, key);
    const again = await cachedDrawing(draw('#1F3864'), 1, key);
    expect(drawn).toHaveLength(2);
    expect(again.bytes).toEqual(svgToPng(svg('#1F3864')));
    expect((await readdir(dir)).filter((n) => n.endsWith('.json'))).toEqual([]);
  });

  it('are drawn again when the picture the note points to is gone', async () => {
    const dir = join(root, 'cache');
    const { drawn, draw } = counting();
    const key = { dir, buildId: 'build-1', inputs: ['x'] };
    await cachedDrawing(draw('#1F3864'), 1, key);
    for (const name of await readdir(dir)) if (name.endsWith('.png')) await rm(join(dir, name));
    const again = await cachedDrawing(draw('#1F3864'), 1, key);
    expect(drawn).toHaveLength(2);
    expect(again.bytes).toEqual(svgToPng(svg('#1F3864')));
  });

  it('know a plan by a digest of its content, made once per plan object', () => {
    const plan = { title: 'Plan', measures: [{ id: 'm1', title: 'Kurs' }] };
    const digest = digestOf(plan);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    expect(digestOf(plan)).toBe(digest);
    expect(digestOf(structuredClone(plan))).toBe(digest);
    expect(digestOf({ ...plan, measures: [{ id: 'm1', title: 'Kurs for ansatte' }] })).not.toBe(digest);
  });
});
