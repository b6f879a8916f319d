import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { op } from '../../../core/operations/registry';
import { newStep } from '../../../core/operations/step';
import type { Plan } from '../../../core/schema/plan';
import { makeFolderReadOnly, makeFolderWritable } from '../../../tests/support/readOnlyFolder';
import { encodeUtf8 } from '../../import/testing/encodings';
import type { HostContext } from '../createContext';
import { call, dispatch } from '../dispatch';
import { useTestHost } from '../testing/testHost';

const csv = [
  'Satsingsområde;Tiltak;Ansvarlig;Frist',
  'Hjelp og beskyttelse;Etablere konsultasjonsteam;Barneverntjenesten;30.06.2027',
  'Forebygging;Lage rutine for henvisning til ATV;Psykisk helse og rus;31.12.2027',
].join('\r\n');
const importFile = { fileName: 'tiltak.csv', bytesBase64: Buffer.from(encodeUtf8(csv)).toString('base64') };

describe('edits the backend makes itself (import, revision) are steps like the page’s', () => {
  const host = useTestHost();
  let ctx: HostContext;
  let docId: string;
  let path: string;
  let lockedFolder: string | null = null;

  beforeEach(async () => {
    ctx = host.ctx;
    ctx.now = () => new Date('2026-09-15T10:00:00Z');
    const doc = await call(ctx, 'plan.create', {
      title: 'Trygg hverdag',
      municipality: 'Vik',
      fromYear: 2026,
      toYear: 2029,
    });
    docId = doc.docId;
    path = doc.path;
    await call(ctx, 'plan.flush', { docId });
  });
  afterEach(async () => {
    if (lockedFolder) await makeFolderWritable(lockedFolder).catch(() => undefined);
    lockedFolder = null;
  });

  const savedPlan = async (): Promise<Plan> => JSON.parse(await readFile(path, 'utf8')).plan;
  const pageEdit = (title: string, baseRevision: number) =>
    call(ctx, 'plan.apply', {
      docId,
      baseRevision,
      steps: [newStep([op('plan.updateDetails', { changes: { title } })], ctx.now())],
    });

  it('undoes and redoes an import as one step, and the page’s edit before it stays', async () => {
    const edited = await pageEdit('Trygg hverdag i Vik', 0);
    const imported = await call(ctx, 'measures.import', { docId, ...importFile });
    expect(imported.imported).toBe(2);
    expect(imported.state.plan?.title).toBe('Trygg hverdag i Vik');
    expect(imported.state.revision).toBeGreaterThan(edited.revision);

    const undone = await call(ctx, 'plan.undo', { docId });
    expect(undone.plan?.measures).toHaveLength(0);
    expect(undone.plan?.title).toBe('Trygg hverdag i Vik');
    expect(undone.history.canRedo).toBe(true);

    const redone = await call(ctx, 'plan.redo', { docId });
    expect(redone.plan?.measures.map((m) => m.title)).toEqual([
      'Etablere konsultasjonsteam',
      'Lage rutine for henvisning til ATV',
    ]);
    await call(ctx, 'plan.flush', { docId });
    expect((await savedPlan()).measures).toHaveLength(2);
  });

  it('keeps an edit whose save failed when an import comes after it, and saves both once it can', async () => {
    lockedFolder = dirname(path);
    await makeFolderReadOnly(lockedFolder);
    const edited = await pageEdit('Skrevet mens disken var stengt', 0);
    expect(edited.save.pending).toBe(true);
    const failed = await dispatch(ctx, 'plan.flush', { docId });
    expect(failed.ok ? 'saved' : failed.error.message).toMatch(/fikk ikke lagret planen .*skrivetilgang/);
    const state = await call(ctx, 'plan.sync', { docId, revision: edited.revision });
    expect(state.save.failure).toMatch(/skrivetilgang/);

    const imported = await call(ctx, 'measures.import', { docId, ...importFile });
    expect(imported.state.plan?.title).toBe('Skrevet mens disken var stengt');
    expect((await savedPlan()).title).toBe('Trygg hverdag');

    await makeFolderWritable(lockedFolder);
    lockedFolder = null;
    const saved = await call(ctx, 'plan.flush', { docId });
    expect(saved.save.failure).toBeNull();
    const onDisk = await savedPlan();
    expect(onDisk.title).toBe('Skrevet mens disken var stengt');
    expect(onDisk.measures).toHaveLength(2);
  });

  it('undoes the old plan’s expiry after a revision as one step', async () => {
    const before = ctx.documents.get(docId).plan.lifecycle;
    await call(ctx, 'plan.revise', { docId, title: 'Trygg hverdag 2030–2033', fromYear: 2030, toYear: 2033 });
    const expired = ctx.documents.get(docId).plan.lifecycle;
    expect(expired).not.toEqual(before);

    const undone = await call(ctx, 'plan.undo', { docId });
    expect(undone.plan?.lifecycle).toEqual(before);
    expect(undone.history.canUndo).toBe(false);
  });
});
