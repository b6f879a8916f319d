import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nationalStylePlan, OPEN_PERIOD } from '../../tests/support/nationalStylePlan';
import { makeTempDir } from '../../tests/support/tempDir';

// Electron's binary cannot run here, so its dialogs are recorders: the tests check what our glue asks Electron
// to show, and the answers stand in for what the user picked.
const recorded = vi.hoisted(() => ({
  openDialogs: [] as Array<{ title?: string; properties?: string[]; defaultPath?: string }>,
  saveDialogs: [] as Array<{ title?: string; defaultPath?: string }>,
  openAnswers: [] as Array<{ canceled: boolean; filePaths: string[] }>,
  saveAnswers: [] as Array<{ canceled: boolean; filePath?: string }>,
  shown: [] as string[],
}));

vi.mock('electron', () => ({
  dialog: {
    showOpenDialog: async (...args: unknown[]) => {
      recorded.openDialogs.push(args.at(-1) as (typeof recorded.openDialogs)[number]);
      return recorded.openAnswers.shift() ?? { canceled: true, filePaths: [] };
    },
    showSaveDialog: async (...args: unknown[]) => {
      recorded.saveDialogs.push(args.at(-1) as (typeof recorded.saveDialogs)[number]);
      return recorded.saveAnswers.shift() ?? { canceled: true };
    },
  },
  shell: {
    showItemInFolder: (path: string) => recorded.shown.push(path),
    openPath: async () => '',
  },
}));

const { nativeDeliverer } = await import('./delivery');
const { createHostContext } = await import('../api/createContext');
const { call } = await import('../api/dispatch');
const { plansDir } = await import('../store/paths');
const { writePlanFileRaw } = await import('../store/testing/fixtures');

const file = (fileName: string, text: string) => ({
  fileName,
  bytes: new TextEncoder().encode(text),
  mimeType: 'text/plain',
});

describe('the desktop app hands several files over with one folder dialog', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let folder: string;

  beforeEach(async () => {
    temp = await makeTempDir();
    folder = join(temp.dir, 'Statusrunde');
    await mkdir(folder);
    recorded.openDialogs.length = 0;
    recorded.saveDialogs.length = 0;
    recorded.shown.length = 0;
  });
  afterEach(() => temp.cleanup());

  it('asks for a folder once, writes every file there without replacing one already there', async () => {
    await writeFile(join(folder, 'Skjema B.xlsx'), 'from last time');
    recorded.openAnswers.push({ canceled: false, filePaths: [folder] });
    const deliverer = nativeDeliverer(
      () => null,
      () => temp.dir,
    );
    const delivered = await deliverer.deliverAll(
      [file('Skjema A.xlsx', 'a'), file('Skjema B.xlsx', 'b'), file('Skjema Å.xlsx', 'å')],
      'Skjemaer.zip',
    );
    expect(recorded.saveDialogs).toEqual([]);
    expect(recorded.openDialogs).toHaveLength(1);
    expect(recorded.openDialogs[0]?.properties).toEqual(['openDirectory', 'createDirectory']);
    expect(recorded.openDialogs[0]?.defaultPath).toBe(temp.dir);
    expect(delivered.map((d) => d.savedPath)).toEqual([
      join(folder, 'Skjema A.xlsx'),
      join(folder, 'Skjema B (2).xlsx'),
      join(folder, 'Skjema Å.xlsx'),
    ]);
    expect(await readFile(join(folder, 'Skjema B.xlsx'), 'utf8')).toBe('from last time');
    expect(await readFile(join(folder, 'Skjema B (2).xlsx'), 'utf8')).toBe('b');
    expect(await readFile(join(folder, 'Skjema Å.xlsx'), 'utf8')).toBe('å');
    // What it saved, it may show in its folder.
    expect(await deliverer.reveal(join(folder, 'Skjema A.xlsx'), 'show-in-folder')).toBe(true);
    expect(recorded.shown).toEqual([join(folder, 'Skjema A.xlsx')]);
  });

  it('saves nothing when the folder dialog is cancelled', async () => {
    recorded.openAnswers.push({ canceled: true, filePaths: [] });
    const deliverer = nativeDeliverer(
      () => null,
      () => undefined,
    );
    expect(await deliverer.deliverAll([file('a.txt', 'a'), file('b.txt', 'b')], 'x.zip')).toEqual([]);
    expect(await readdir(folder)).toEqual([]);
  });

  it('status forms for every owner: one folder dialog, not one save dialog per owner', async () => {
    recorded.openAnswers.push({ canceled: false, filePaths: [folder] });
    const ctx = await createHostContext({
      mode: 'electron',
      dataDir: join(temp.dir, 'data'),
      autosaveDelayMs: 0,
      files: nativeDeliverer(
        () => null,
        () => undefined,
      ),
    });
    try {
      const planPath = join(plansDir(join(temp.dir, 'data')), 'fjordvik.planhjul.json');
      await mkdir(plansDir(join(temp.dir, 'data')), { recursive: true });
      await writePlanFileRaw(planPath, nationalStylePlan({ endOfPlan: false }));
      const doc = await call(ctx, 'plan.open', { path: planPath });
      const all = await call(ctx, 'statusForms.export', { docId: doc.docId, periodId: OPEN_PERIOD });
      expect(recorded.saveDialogs).toEqual([]);
      expect(recorded.openDialogs).toHaveLength(1);
      expect(all.count).toBe(12);
      expect((await readdir(folder)).filter((n) => n.endsWith('.xlsx'))).toHaveLength(12);
      expect(all.files.every((f) => f.savedPath?.startsWith(folder))).toBe(true);
      // The forms name units and what they report: readable by their owner only.
      const mode = (await stat(all.files[0]?.savedPath as string)).mode & 0o777;
      expect(mode).toBe(0o600);

      // One owner's form still gets the ordinary save dialog.
      const one = join(temp.dir, 'barnevern.xlsx');
      recorded.saveAnswers.push({ canceled: false, filePath: one });
      const unitId = doc.plan.units.find((u) => u.name === 'Barneverntjenesten')?.id as string;
      const single = await call(ctx, 'statusForms.export', {
        docId: doc.docId,
        periodId: OPEN_PERIOD,
        unitIds: [unitId],
      });
      expect(recorded.saveDialogs).toHaveLength(1);
      expect(recorded.saveDialogs[0]?.defaultPath).toBe('Statusskjema 2027-T2 - Barneverntjenesten.xlsx');
      expect(single).toMatchObject({ count: 1, files: [{ savedPath: one }] });
    } finally {
      await ctx.dispose();
    }
  });
});
