import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/support/tempDir';
import { MAX_RECENT, SettingsStore } from './settings';

describe('SettingsStore', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let minute: number;
  const now = () => new Date(Date.UTC(2026, 10, 25, 9, minute++));
  const settingsFile = () => join(temp.dir, 'settings.json');

  beforeEach(async () => {
    temp = await makeTempDir();
    minute = 0;
  });
  afterEach(() => temp.cleanup());

  it('starts from defaults and writes nothing until something changes', async () => {
    const store = await SettingsStore.open(temp.dir, { now });
    expect(store.get()).toEqual({ language: 'nb', recent: [] });
    expect(await readdir(temp.dir)).toEqual([]);

    await store.update({ language: 'nn' });
    const reopened = await SettingsStore.open(temp.dir, { now });
    expect(reopened.get().language).toBe('nn');
    expect(JSON.parse(await readFile(settingsFile(), 'utf8')).language).toBe('nn');
  });

  it('lists recent plans most recent first, once per path, at most twelve', async () => {
    const store = await SettingsStore.open(temp.dir, { now });
    const plan = (n: number) => ({
      path: join(temp.dir, `p${n}.planhjul.json`),
      title: `Plan ${n}`,
      municipality: 'Bodø',
    });
    for (let n = 1; n <= 14; n++) await store.addRecent(plan(n));
    await store.addRecent(plan(5));
    await writeFile(plan(5).path, '{}');

    const recent = await store.listRecent();
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent.map((r) => r.title)).toEqual([
      'Plan 5',
      'Plan 14',
      'Plan 13',
      'Plan 12',
      'Plan 11',
      'Plan 10',
      'Plan 9',
      'Plan 8',
      'Plan 7',
      'Plan 6',
      'Plan 4',
      'Plan 3',
    ]);
    expect(recent[0]).toEqual({ ...plan(5), openedAt: '2026-11-25T09:14:00.000Z', exists: true });
    expect(recent[1]?.exists).toBe(false);

    await store.removeRecent(plan(14).path);
    const reopened = await SettingsStore.open(temp.dir, { now });
    expect((await reopened.listRecent()).map((r) => r.title).slice(0, 3)).toEqual([
      'Plan 5',
      'Plan 13',
      'Plan 12',
    ]);
  });

  it.each([
    ['invalid JSON', '{"language": "nn", '],
    ['a wrong shape', JSON.stringify({ language: 'de', recent: 'ingen' })],
  ])('keeps a settings file with %s aside and uses defaults', async (_name, content) => {
    await writeFile(settingsFile(), content);
    const store = await SettingsStore.open(temp.dir, { now });
    expect(store.get()).toEqual({ language: 'nb', recent: [] });
    expect(store.brokenFileKeptAt).toBe(join(temp.dir, 'settings.json.broken-2026-11-25T09-00-00-000Z'));
    expect(await readFile(store.brokenFileKeptAt!, 'utf8')).toBe(content);

    await store.update({ language: 'nn' });
    expect(await readFile(store.brokenFileKeptAt!, 'utf8')).toBe(content);
    expect((await readdir(temp.dir)).sort()).toEqual([
      'settings.json',
      'settings.json.broken-2026-11-25T09-00-00-000Z',
    ]);
  });

  it('remembers valid window bounds and ignores impossible ones', async () => {
    const store = await SettingsStore.open(temp.dir, { now });
    await store.setWindow({ width: 1200, height: 800, x: 10, y: 20, maximized: false });
    await store.setWindow({ width: 5, height: 800, maximized: false });
    expect((await SettingsStore.open(temp.dir)).get().window).toEqual({
      width: 1200,
      height: 800,
      x: 10,
      y: 20,
      maximized: false,
    });
  });

  it('leaves the language alone when a patch does not name it', async () => {
    const store = await SettingsStore.open(temp.dir, { now });
    await store.update({ language: 'nn' });
    expect(await store.update({ language: undefined })).toMatchObject({ language: 'nn' });
  });
});
