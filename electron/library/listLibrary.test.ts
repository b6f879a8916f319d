import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { samplePlan } from '../../core/plan/testPlan';
import { makeTempDir, snapshotTree } from '../../tests/support/tempDir';
import type { Dialogs } from '../api/context';
import { createHostContext, type HostContext } from '../api/createContext';
import { call, dispatch } from '../api/dispatch';
import { plansDir } from '../store/paths';
import { listLibrary } from './listLibrary';

/**
 * A library folder as an adviser's shared drive looks: good plans, a plan someone has open (lock beside it),
 * a plan cut off half-way, an empty file, a file of the wrong shape, and files that are not plans at all.
 */
async function fillFolder(dir: string) {
  const good = { ...samplePlan(), title: 'Trygg i Bodø' };
  const other = {
    ...samplePlan(),
    title: 'Trygg i Fauske',
    municipality: { name: 'Fauske', number: '1841' },
  };
  const goodText = JSON.stringify(wrapPlanFile(good), null, 2);
  await writeFile(join(dir, 'bodø.planhjul.json'), goodText);
  await writeFile(join(dir, 'fauske.planhjul.json'), JSON.stringify(wrapPlanFile(other)));
  await writeFile(
    join(dir, 'fauske.planhjul.json.lock'),
    JSON.stringify({ user: 'kari', host: 'rvts-lap-3', pid: 4242, since: '2026-11-25T08:00:00.000Z' }),
  );
  await writeFile(join(dir, 'avkuttet.planhjul.json'), goodText.slice(0, 300));
  await writeFile(join(dir, 'tom.planhjul.json'), '');
  const { title: _t, ...withoutTitle } = good;
  await writeFile(
    join(dir, 'uten-tittel.planhjul.json'),
    JSON.stringify({ format: 'planhjulet', schemaVersion: 1, plan: withoutTitle }),
  );
  await writeFile(join(dir, 'notater.txt'), 'ikke en plan');
  await mkdir(join(dir, 'undermappe.planhjul.json'));
}

describe('library listing', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;

  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('lists valid, invalid and locked plan files with what it found, and changes none of them', async () => {
    await fillFolder(temp.dir);
    const before = await snapshotTree(temp.dir);

    const entries = await listLibrary(temp.dir);
    const byName = Object.fromEntries(entries.map((e) => [e.fileName, e]));
    expect(Object.keys(byName).sort()).toEqual([
      'avkuttet.planhjul.json',
      'bodø.planhjul.json',
      'fauske.planhjul.json',
      'tom.planhjul.json',
      'uten-tittel.planhjul.json',
    ]);
    expect(byName['bodø.planhjul.json']).toMatchObject({
      lock: null,
      problems: [],
      summary: { title: 'Trygg i Bodø', municipality: 'Bodø', measureCount: 3, lifecycle: 'draft' },
    });
    expect(byName['fauske.planhjul.json']).toMatchObject({
      lock: { user: 'kari', host: 'rvts-lap-3', since: '2026-11-25T08:00:00.000Z' },
      summary: { title: 'Trygg i Fauske', municipalityNumber: '1841' },
    });
    expect(byName['avkuttet.planhjul.json']).toMatchObject({ summary: null });
    expect(byName['avkuttet.planhjul.json']?.problems[0]?.message).toMatch(/ikke gyldig JSON/);
    expect(byName['tom.planhjul.json']?.problems[0]?.message).toBe('Filen er tom.');
    expect(byName['uten-tittel.planhjul.json']?.problems[0]?.path).toBe('plan.title');

    // Listing only reads: every byte of every file (and no new file, no lock, no backup) is as before.
    expect(await snapshotTree(temp.dir)).toEqual(before);
  });

  it('marks a lock file it cannot read as locked by someone unknown', async () => {
    await writeFile(join(temp.dir, 'a.planhjul.json'), JSON.stringify(wrapPlanFile(samplePlan())));
    await writeFile(join(temp.dir, 'a.planhjul.json.lock'), 'rot');
    const [entry] = await listLibrary(temp.dir);
    expect(entry?.lock).toEqual({ user: 'ukjent', host: 'ukjent', since: '' });
    expect(entry?.summary?.title).toBe('Trygg hverdag');
  });

  it('lists the data folder through the API, and keeps browser mode inside it', async () => {
    const ctx: HostContext = await createHostContext({
      mode: 'web',
      dataDir: temp.dir,
      restrictToPlansDir: true,
      autosaveDelayMs: 0,
    });
    try {
      await mkdir(plansDir(temp.dir), { recursive: true });
      await fillFolder(plansDir(temp.dir));
      const before = await snapshotTree(temp.dir);
      const listed = await call(ctx, 'library.list', {});
      expect(listed.folder).toBe(plansDir(temp.dir));
      expect(listed.entries).toHaveLength(5);
      expect(listed.entries.filter((e) => e.summary !== null)).toHaveLength(2);
      const same = await call(ctx, 'library.list', { folder: plansDir(temp.dir) });
      expect(same.entries).toHaveLength(5);
      const elsewhere = await dispatch(ctx, 'library.list', { folder: '/etc' });
      expect(elsewhere).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      // The browser has no folder dialog.
      expect(await call(ctx, 'library.chooseFolder', {})).toEqual({ folder: null });
      expect(await snapshotTree(temp.dir)).toEqual(before);
    } finally {
      await ctx.dispose();
    }
  });

  it('lists any folder in the desktop app, chosen with its dialog', async () => {
    await fillFolder(temp.dir);
    const dialogs: Dialogs = {
      openPlan: async () => null,
      savePlanAs: async () => null,
      chooseFolder: async () => temp.dir,
    };
    const ctx = await createHostContext({
      mode: 'electron',
      dataDir: join(temp.dir, 'data'),
      dialogs,
    });
    try {
      const { folder } = await call(ctx, 'library.chooseFolder', {});
      expect(folder).toBe(temp.dir);
      const listed = await call(ctx, 'library.list', { folder: folder! });
      expect(listed.entries.map((e) => e.fileName)).toContain('bodø.planhjul.json');
    } finally {
      await ctx.dispose();
    }
  });
});
