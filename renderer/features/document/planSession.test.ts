import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentNotice, OpenDocument } from '../../../contract/methods/plan';
import { op } from '../../../core/operations/registry';
import * as steps from '../../../core/operations/step';
import { wrapPlanFile } from '../../../core/plan/create';
import type { Plan } from '../../../core/schema/plan';
import { createHostContext, type HostContext } from '../../../electron/api/createContext';
import { call } from '../../../electron/api/dispatch';
import { makeFolderReadOnly, makeFolderWritable } from '../../../tests/support/readOnlyFolder';
import { realisticPlan } from '../../../tests/support/realisticPlan';
import { makeTempDir } from '../../../tests/support/tempDir';
import { PlanSession, type SessionBackend, type SessionView } from './planSession';

/** The session against the real API and store, as the page uses them over IPC or HTTP. */
function backendOf(ctx: HostContext): SessionBackend {
  return {
    apply: (docId, baseRevision, steps) => call(ctx, 'plan.apply', { docId, baseRevision, steps }),
    undo: (docId) => call(ctx, 'plan.undo', { docId }),
    redo: (docId) => call(ctx, 'plan.redo', { docId }),
    sync: (docId, revision) => call(ctx, 'plan.sync', { docId, revision }),
    flush: (docId, revision) => call(ctx, 'plan.flush', { docId, revision }),
  };
}

describe('the page and the backend editing one plan', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let ctx: HostContext;
  let folder: string;
  let planPath: string;
  let doc: OpenDocument;
  let session: PlanSession;
  let views: SessionView[];
  let notices: DocumentNotice[];
  let refusals: string[];

  const onDisk = async (): Promise<Plan> => JSON.parse(await readFile(planPath, 'utf8')).plan;
  const measure = (plan: Plan, index: number) => plan.measures[index]!;
  const titleOf = (plan: Plan, id: string) => plan.measures.find((m) => m.id === id)?.title;

  beforeEach(async () => {
    temp = await makeTempDir();
    folder = join(temp.dir, 'delt');
    await mkdir(folder);
    planPath = join(folder, 'plan.planhjul.json');
    // Without status reports, so measures may be edited and removed freely.
    await writeFile(
      planPath,
      JSON.stringify(wrapPlanFile({ ...realisticPlan(), statusUpdates: [] }), null, 2),
    );
    ctx = await createHostContext({ mode: 'cli', dataDir: join(temp.dir, 'data'), autosaveDelayMs: 20 });
    doc = await call(ctx, 'plan.open', { path: planPath });
    views = [];
    notices = [];
    refusals = [];
    session = new PlanSession(doc, backendOf(ctx), steps, {
      changed: (view) => views.push(view),
      notice: (notice) => notices.push(notice),
      refused: (message) => refusals.push(message),
    });
  });

  afterEach(async () => {
    session.dispose();
    await makeFolderWritable(folder).catch(() => undefined);
    await ctx.dispose().catch(() => undefined);
    await temp.cleanup();
  });

  it('shows an edit at once, sends it as a step, and ends with the same plan on both sides and on disk', async () => {
    const first = measure(doc.plan, 0);
    const shown = session.apply([op('measure.update', { id: first.id, changes: { title: 'Ny tittel' } })]);
    expect(titleOf(shown, first.id)).toBe('Ny tittel');
    expect(session.view().save.kind).toBe('saving');

    await session.flush();
    expect(ctx.documents.plan(doc.docId)).toEqual(session.plan);
    expect(titleOf(await onDisk(), first.id)).toBe('Ny tittel');
    expect(session.view().save).toMatchObject({ kind: 'saved' });
    expect(session.view().canUndo).toBe(true);

    await session.undo();
    expect(titleOf(session.plan, first.id)).toBe(first.title);
    expect(titleOf(ctx.documents.plan(doc.docId), first.id)).toBe(first.title);
    await session.redo();
    expect(titleOf(session.plan, first.id)).toBe('Ny tittel');
  });

  it('keeps an unsent edit when the backend imports into the plan, and the import is one undo step', async () => {
    const first = measure(doc.plan, 0);
    session.apply([op('measure.update', { id: first.id, changes: { description: 'Skrevet på siden' } })]);
    await session.whenSent();
    const imported = await call(ctx, 'measures.import', {
      docId: doc.docId,
      fileName: 'tiltak.csv',
      bytesBase64: Buffer.from('Tiltak;Ansvarlig\nLage felles rutine;Legevakten\n').toString('base64'),
    });
    session.adopt(imported.state);
    expect(session.plan.measures.map((m) => m.title)).toContain('Lage felles rutine');
    const description = () => session.plan.measures.find((m) => m.id === first.id)?.description;
    expect(description()).toBe('Skrevet på siden');

    await session.undo();
    expect(session.plan.measures.map((m) => m.title)).not.toContain('Lage felles rutine');
    expect(description()).toBe('Skrevet på siden');
  });

  it('merges a colleague’s version of the file with the edits made here, and says so', async () => {
    const [mine, theirs] = [measure(doc.plan, 0), measure(doc.plan, 1)];
    // A colleague's Planhjulet made its version from the original; a sync client puts it in place (written
    // beside, then renamed over the plan), before or after this one's autosave: either way both edits stay.
    const colleague = {
      ...doc.plan,
      measures: doc.plan.measures.map((m) => (m.id === theirs.id ? { ...m, title: 'Kollegaens tittel' } : m)),
    };
    session.apply([op('measure.update', { id: mine.id, changes: { title: 'Min tittel' } })]);
    await session.whenSent();
    const lineage = { id: 'colleague', basedOn: 'original' };
    await writeFile(`${planPath}.sync`, JSON.stringify(wrapPlanFile(colleague, lineage), null, 2));
    const { rename } = await import('node:fs/promises');
    await rename(`${planPath}.sync`, planPath);

    await session.flush();
    const saved = await onDisk();
    expect(saved.measures.find((m) => m.id === mine.id)?.title).toBe('Min tittel');
    expect(saved.measures.find((m) => m.id === theirs.id)?.title).toBe('Kollegaens tittel');
    expect(session.plan).toEqual(ctx.documents.plan(doc.docId));
    expect(notices.map((n) => n.kind)).toEqual(['merged']);
    expect(notices[0]?.message).toMatch(/endret utenfor Planhjulet/);
  });

  it('takes back an edit the backend cannot apply any more, and says why', async () => {
    const gone = measure(doc.plan, 0);
    // The backend's plan moves on first: the measure is removed there (by another window's step).
    ctx.documents.applyOwn(doc.docId, steps.newStep([op('measure.remove', { id: gone.id })]));
    // The page has not heard of that yet: its copy still has the measure, and it edits it.
    const shown = session.apply([op('measure.update', { id: gone.id, changes: { title: 'For sent' } })]);
    expect(shown).toBe(session.plan);
    expect(titleOf(shown, gone.id)).toBe('For sent');
    await session.whenSent();
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatch(/tiltaket/i);
    expect(session.plan.measures.some((m) => m.id === gone.id)).toBe(false);
    expect(session.plan).toEqual(ctx.documents.plan(doc.docId));
  });

  it('reports a save that fails, keeps the edit, and an import after it does not replace the edit', async () => {
    const first = measure(doc.plan, 0);
    await makeFolderReadOnly(folder);
    session.apply([op('measure.update', { id: first.id, changes: { title: 'Ulagret endring' } })]);
    await session.flush();
    const failed = session.view().save;
    expect(failed.kind).toBe('failed');
    if (failed.kind === 'failed') expect(failed.reason).toMatch(/fikk ikke lagret planen.*skrivetilgang/);
    expect(titleOf(await onDisk(), first.id)).toBe(first.title);

    const imported = await call(ctx, 'measures.import', {
      docId: doc.docId,
      fileName: 'tiltak.csv',
      bytesBase64: Buffer.from('Tiltak\nEtter feilen\n').toString('base64'),
    });
    session.adopt(imported.state);
    expect(titleOf(session.plan, first.id)).toBe('Ulagret endring');
    expect(session.plan.measures.at(-1)?.title).toBe('Etter feilen');

    await makeFolderWritable(folder);
    await session.flush();
    expect(session.view().save.kind).toBe('saved');
    const saved = await onDisk();
    expect(titleOf(saved, first.id)).toBe('Ulagret endring');
    expect(saved.measures.at(-1)?.title).toBe('Etter feilen');
    expect(views.some((view) => view.save.kind === 'failed')).toBe(true);
  });
  it('keeps an edit made while a poll was on its way, whichever answer comes back last', async () => {
    const first = measure(doc.plan, 0);
    // A poll leaves before the edit and its answer, from before the edit, is held back. The session sends the
    // edit only after that answer, so the answer cannot take the edit back (the page's calls go one at a time).
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const real = backendOf(ctx);
    const slow = new PlanSession(
      doc,
      {
        ...real,
        sync: async (docId, revision) => {
          const state = await real.sync(docId, revision);
          await held;
          return state;
        },
      },
      steps,
      { changed: () => undefined, notice: () => undefined, refused: (m) => refusals.push(m) },
    );
    try {
      const polled = slow.sync();
      slow.apply([op('measure.update', { id: first.id, changes: { title: 'Under pollingen' } })]);
      const sent = slow.whenSent();
      release();
      await polled;
      await sent;
      await slow.sync();
      expect(titleOf(slow.plan, first.id)).toBe('Under pollingen');
      expect(titleOf(ctx.documents.plan(doc.docId), first.id)).toBe('Under pollingen');
      expect(refusals).toEqual([]);
    } finally {
      slow.dispose();
    }
  });
});
