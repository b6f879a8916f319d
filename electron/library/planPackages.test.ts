import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PACKAGE_FORMAT } from '../../core/package/packageFile';
import { addMeasure, removeMeasure, updateMeasure } from '../../core/plan/measures';
import { replacePlan } from '../../tests/support/replacePlan';
import { makeTempDir, snapshotTree } from '../../tests/support/tempDir';
import { ApiError } from '../api/apiError';
import { createHostContext, type HostContext } from '../api/createContext';
import { call, dispatch } from '../api/dispatch';
import { backupsDir, plansDir } from '../store/paths';
import { PlanBackups } from '../store/planBackups';

/**
 * Two Planhjulet installations, as the package travels: the adviser's (`rvts`) and the municipality's
 * (`kommune`), each with its own data folder. Everything goes through the API handlers, as the app and the
 * browser mode call them.
 */
describe('plan packages through the API', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let rvts: HostContext;
  let kommune: HostContext;
  let clock: Date;

  const host = async (name: string) => {
    const ctx = await createHostContext({ mode: 'cli', dataDir: join(temp.dir, name), autosaveDelayMs: 0 });
    return { ...ctx, now: () => clock } satisfies HostContext;
  };

  beforeEach(async () => {
    temp = await makeTempDir();
    clock = new Date('2026-11-20T10:00:00Z');
    rvts = await host('rvts');
    kommune = await host('kommune');
  });
  afterEach(async () => {
    await rvts.dispose();
    await kommune.dispose();
    await temp.cleanup();
  });

  async function draftAtRvts() {
    const doc = await call(rvts, 'plan.create', {
      title: 'Trygg hverdag',
      municipality: 'Fauske',
      fromYear: 2027,
      toYear: 2030,
      path: join(plansDir(rvts.dataDir), 'fauske.planhjul.json'),
    });
    const area = doc.plan.focusAreas[0]!.id;
    let plan = addMeasure(doc.plan, {
      focusAreaId: area,
      title: 'Konsultasjonsteam',
      deadline: '2027-06-30',
    }).plan;
    plan = addMeasure(plan, { focusAreaId: area, title: 'Rutine etter krisesenteropphold' }).plan;
    plan = addMeasure(plan, { focusAreaId: area, title: 'Kurs for ansatte' }).plan;
    replacePlan(rvts, doc.docId, plan);
    await call(rvts, 'plan.close', { docId: doc.docId });
    return doc.path;
  }

  async function exportPackage(ctx: HostContext, path: string, name: string) {
    const out = join(temp.dir, name);
    const delivery = await call(ctx, 'package.export', { path, out });
    expect(delivery).toEqual({
      fileName: expect.stringMatching(/\.planhjulpakke\.json$/),
      savedPath: out,
      downloadUrl: null,
    });
    return { fileName: name, text: await readFile(out, 'utf8') };
  }

  it('sends a plan as one file and imports it on the other side as the same plan', async () => {
    const source = await draftAtRvts();
    const pkg = await exportPackage(rvts, source, 'fauske.planhjulpakke.json');
    const parsed = JSON.parse(pkg.text);
    expect(parsed).toMatchObject({
      format: PACKAGE_FORMAT,
      packageVersion: 1,
      exportedAt: '2026-11-20T10:00:00.000Z',
      exportedBy: { host: hostname() },
      source: { path: source, fileName: 'fauske.planhjul.json' },
      planFile: { format: 'planhjulet', plan: { title: 'Trygg hverdag' } },
    });

    const preview = await call(kommune, 'package.preview', pkg);
    expect(preview).toMatchObject({
      fileName: 'fauske.planhjulpakke.json',
      plan: { title: 'Trygg hverdag', municipality: 'Fauske', measureCount: 3 },
      existing: null,
      diff: null,
    });
    const imported = await call(kommune, 'package.import', { ...pkg, mode: 'new' });
    expect(imported).toMatchObject({ replaced: false, backupId: null });
    expect(imported.path.startsWith(plansDir(kommune.dataDir))).toBe(true);
    const there = JSON.parse(await readFile(imported.path, 'utf8'));
    const here = JSON.parse(await readFile(source, 'utf8'));
    expect(there.plan).toEqual(here.plan);
  });

  it('shows what changed in a newer version before replacing, keeps a backup, and replaces on request', async () => {
    const source = await draftAtRvts();
    const first = await exportPackage(rvts, source, 'ut.planhjulpakke.json');
    const atKommune = (await call(kommune, 'package.import', { ...first, mode: 'new' })).path;

    // The municipality works on it: one measure done differently, one dropped, one new.
    clock = new Date('2026-12-01T09:00:00Z');
    const doc = await call(kommune, 'plan.open', { path: atKommune });
    const [team, routine] = doc.plan.measures;
    let plan = updateMeasure(doc.plan, team!.id, { deadline: '2027-09-30' });
    plan = removeMeasure(plan, routine!.id);
    plan = addMeasure(plan, { focusAreaId: plan.focusAreas[1]!.id, title: 'Kampanje i uke 7' }).plan;
    replacePlan(kommune, doc.docId, plan);
    await call(kommune, 'plan.close', { docId: doc.docId });
    const back = await exportPackage(kommune, atKommune, 'tilbake.planhjulpakke.json');

    const untouched = await snapshotTree(rvts.dataDir);
    const preview = await call(rvts, 'package.preview', back);
    expect(preview.existing).toMatchObject({ path: source, title: 'Trygg hverdag', packageIsNewer: true });
    expect(preview.diff?.measures.added.map((m) => m.title)).toEqual(['Kampanje i uke 7']);
    expect(preview.diff?.measures.removed.map((m) => m.title)).toEqual(['Rutine etter krisesenteropphold']);
    expect(preview.diff?.measures.edited).toEqual([
      {
        item: expect.objectContaining({ title: 'Konsultasjonsteam' }),
        changes: [{ field: 'deadline', before: '30.06.2027', after: '30.09.2027' }],
      },
    ]);
    // The preview wrote nothing.
    expect(await snapshotTree(rvts.dataDir)).toEqual(untouched);

    const oldBytes = await readFile(source);
    const result = await call(rvts, 'package.import', { ...back, mode: 'replace', path: source });
    expect(result).toMatchObject({ path: source, replaced: true, backupId: expect.any(String) });
    const now = JSON.parse(await readFile(source, 'utf8'));
    expect(now.plan.measures.map((m: { title: string }) => m.title)).toEqual([
      'Konsultasjonsteam',
      'Kurs for ansatte',
      'Kampanje i uke 7',
    ]);
    const backup = await new PlanBackups(backupsDir(rvts.dataDir), 20).read(source, result.backupId!);
    expect(backup).toEqual(oldBytes);
    expect((await call(rvts, 'backups.list', { path: source })).map((b) => b.id)).toContain(result.backupId);
    // Nothing left locked.
    await expect(readFile(`${source}.lock`)).rejects.toThrow();
  });

  it('refuses to replace another plan, or one someone else has open, and leaves it as it was', async () => {
    const source = await draftAtRvts();
    const pkg = await exportPackage(rvts, source, 'a.planhjulpakke.json');
    const other = await call(rvts, 'plan.create', {
      title: 'Annen plan',
      municipality: 'Saltdal',
      fromYear: 2027,
      toYear: 2030,
    });
    await call(rvts, 'plan.close', { docId: other.docId });
    const before = await snapshotTree(rvts.dataDir);

    const wrongPlan = await dispatch(rvts, 'package.import', { ...pkg, mode: 'replace', path: other.path });
    expect(wrongPlan).toMatchObject({
      ok: false,
      error: { code: 'operation', message: expect.stringMatching(/annen plan/) },
    });

    await writeFile(
      `${source}.lock`,
      JSON.stringify({ user: 'ola', host: 'kommune-pc-7', pid: 1, since: '2026-11-20T08:00:00.000Z' }),
    );
    const lockedBefore = await snapshotTree(rvts.dataDir);
    const locked = await dispatch(rvts, 'package.import', { ...pkg, mode: 'replace', path: source });
    expect(locked).toMatchObject({
      ok: false,
      error: { code: 'read-only', message: expect.stringMatching(/ola/) },
    });
    expect(await snapshotTree(rvts.dataDir)).toEqual(lockedBefore);
    expect(Object.keys(lockedBefore).filter((k) => !(k in before))).toEqual([
      expect.stringMatching(/\.lock$/),
    ]);
  });

  it('refuses a file that is not a valid package with the reason, and writes nothing', async () => {
    const source = await draftAtRvts();
    const pkg = await exportPackage(rvts, source, 'b.planhjulpakke.json');
    const before = await snapshotTree(temp.dir);
    const notPackage = await dispatch(kommune, 'package.preview', {
      fileName: 'x.json',
      text: '{"format":"annet"}',
    });
    expect(notPackage).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/ikke en planpakke/) },
    });
    const broken = pkg.text.replace('"2027-06-30"', '"30.06.2027"');
    const reply = await dispatch(kommune, 'package.import', {
      fileName: 'b.planhjulpakke.json',
      text: broken,
      mode: 'new',
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.message).toMatch(/kan ikke importeres/);
      expect(reply.error.problems?.[0]?.path).toBe('planFile.plan.measures[0].deadline');
    }
    expect(await snapshotTree(temp.dir)).toEqual(before);
  });

  it('copies a plan, or chosen parts, as a starting point for another municipality beside the source', async () => {
    const source = await draftAtRvts();
    const sourceBytes = await readFile(source);
    const outline = await call(rvts, 'library.outline', { path: source });
    expect(outline.focusAreas[0]?.measures.map((m) => [m.number, m.title])).toEqual([
      ['1.1', 'Konsultasjonsteam'],
      ['1.2', 'Rutine etter krisesenteropphold'],
      ['1.3', 'Kurs for ansatte'],
    ]);
    const chosen = outline.focusAreas[0]!.measures[2]!.id;
    const copy = await call(rvts, 'library.copy', {
      sourcePath: source,
      title: 'Trygg hverdag',
      municipality: 'Sørfold',
      fromYear: 2028,
      toYear: 2031,
      measureIds: [chosen],
    });
    expect(copy.path).toBe(join(plansDir(rvts.dataDir), 'trygg-hverdag-sørfold.planhjul.json'));
    const written = JSON.parse(await readFile(copy.path, 'utf8'));
    expect(written.plan).toMatchObject({
      municipality: { name: 'Sørfold' },
      period: { fromYear: 2028, toYear: 2031 },
    });
    expect(written.plan.measures.map((m: { title: string }) => m.title)).toEqual(['Kurs for ansatte']);
    expect(await readFile(source)).toEqual(sourceBytes);
    await expect(readFile(`${copy.path}.lock`)).rejects.toThrow();
    const error = await call(rvts, 'library.copy', {
      sourcePath: source,
      title: 'X',
      municipality: 'Y',
      fromYear: 2028,
      toYear: 2031,
      path: source,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).body.code).toBe('already-exists');
    expect(await readFile(source)).toEqual(sourceBytes);
  });
});
