import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SaveState } from '../../contract/methods/plan';
import { op } from '../../core/operations/registry';
import { newStep } from '../../core/operations/step';
import { PlanOperationError } from '../../core/plan/errors';
import { samplePlan } from '../../core/plan/testPlan';
import type { Plan } from '../../core/schema/plan';
import { makeTempDir } from '../../tests/support/tempDir';
import { PlanDocuments } from './planDocuments';
import { retitle } from './testing/edits';
import { exists, fingerprint, writePlanFileRaw } from './testing/fixtures';

describe('PlanDocuments autosave', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let planPath: string;
  let documents: PlanDocuments;
  let saves: { docId: string; save: SaveState }[];
  const clock = new Date('2026-04-01T08:30:00Z');

  const make = (autosaveDelayMs: number) => {
    documents = new PlanDocuments({
      backupsDir: join(temp.dir, 'backups'),
      autosaveDelayMs,
      now: () => clock,
    });
    documents.onChange((docId, save) => saves.push({ docId, save }));
  };
  const onDisk = async (): Promise<Plan> => JSON.parse(await readFile(planPath, 'utf8')).plan;
  const nextSave = () =>
    new Promise<void>((resolve) => {
      const stop = documents.onChange(() => {
        stop();
        resolve();
      });
    });

  beforeEach(async () => {
    temp = await makeTempDir();
    planPath = join(temp.dir, 'plan.planhjul.json');
    await writePlanFileRaw(planPath, samplePlan());
    saves = [];
  });
  afterEach(async () => {
    await documents.closeAll();
    await temp.cleanup();
  });

  it('coalesces quick edits into one write of the last one', async () => {
    make(30);
    const doc = await documents.open(planPath);
    const saved = nextSave();
    for (let n = 1; n <= 5; n++) {
      const state = retitle(documents, doc.docId, `Utkast ${n}`);
      expect(state.save.pending).toBe(true);
    }
    await saved;
    expect(saves).toHaveLength(1);
    expect(saves[0]).toEqual({
      docId: doc.docId,
      save: { savedAt: clock.toISOString(), pending: false, failure: null },
    });
    expect((await onDisk()).title).toBe('Utkast 5');

    // Nothing is left pending, so a flush writes nothing.
    const inode = (await fingerprint(planPath)).ino;
    await documents.flush(doc.docId);
    expect(saves).toHaveLength(1);
    expect((await fingerprint(planPath)).ino).toBe(inode);
  });

  it('writes at once on flush, with updatedAt from the edit', async () => {
    make(60_000);
    const doc = await documents.open(planPath);
    retitle(documents, doc.docId, 'Straks', clock);
    expect((await onDisk()).title).toBe('Trygg hverdag');

    const state = await documents.flush(doc.docId);
    expect(state.save).toEqual({ savedAt: clock.toISOString(), pending: false, failure: null });
    expect(saves).toHaveLength(1);
    const plan = await onDisk();
    expect(plan.title).toBe('Straks');
    expect(plan.updatedAt).toBe(clock.toISOString());
    expect(documents.get(doc.docId).plan.updatedAt).toBe(clock.toISOString());
  });

  it('refuses a step that would leave an invalid plan and keeps memory and file as they were', async () => {
    make(0);
    const doc = await documents.open(planPath);
    const before = await fingerprint(planPath);
    const measureId = doc.plan.measures[0]!.id;
    const step = newStep([
      op('measure.update', { id: measureId, changes: { leadOwnerUnitId: 'finnes-ikke' } }),
    ]);

    const error = (() => {
      try {
        documents.applyOwn(doc.docId, step);
      } catch (caught) {
        return caught as Error;
      }
      throw new Error('the step was applied');
    })();
    expect(error).toBeInstanceOf(PlanOperationError);
    expect(error.message).toContain('peker på en enhet som ikke finnes');
    expect(error.message).toContain('Den forrige versjonen er beholdt');
    expect(documents.get(doc.docId).plan).toEqual(doc.plan);
    expect(documents.get(doc.docId).save.pending).toBe(false);

    await documents.flush(doc.docId);
    await documents.closeAll();
    expect(await fingerprint(planPath)).toEqual(before);
    expect(saves).toEqual([]);
  });

  it('writes what is pending when the plan is closed', async () => {
    make(60_000);
    const doc = await documents.open(planPath);
    retitle(documents, doc.docId, 'Lukket');
    await documents.close(doc.docId);
    expect((await onDisk()).title).toBe('Lukket');
    expect(await exists(`${planPath}.lock`)).toBe(false);
    expect(() => documents.get(doc.docId)).toThrow(/ikke åpen lenger/);
  });

  it('moves the document, its lock and later saves to the new path on save as', async () => {
    make(60_000);
    const doc = await documents.open(planPath);
    retitle(documents, doc.docId, 'Før lagre som');
    const newPath = join(temp.dir, 'kopi.planhjul.json');

    const moved = await documents.saveAs(doc.docId, newPath);
    expect(moved).toMatchObject({
      docId: doc.docId,
      path: newPath,
      readOnly: false,
      save: { pending: false },
    });
    expect(await exists(`${planPath}.lock`)).toBe(false);
    expect(await exists(`${newPath}.lock`)).toBe(true);
    expect((await onDisk()).title).toBe('Før lagre som');
    const oldFile = await fingerprint(planPath);

    retitle(documents, doc.docId, 'Etter lagre som');
    await documents.flush(doc.docId);
    expect(JSON.parse(await readFile(newPath, 'utf8')).plan.title).toBe('Etter lagre som');
    expect(await fingerprint(planPath)).toEqual(oldFile);
  });
});
