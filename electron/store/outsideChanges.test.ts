import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { samplePlan } from '../../core/plan/testPlan';
import type { Plan } from '../../core/schema/plan';
import { makeTempDir } from '../../tests/support/tempDir';
import { PlanDocuments } from './planDocuments';
import { retitle } from './testing/edits';

describe('a plan file changed by another program', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let planPath: string;
  let documents: PlanDocuments;

  const replaceFromOutside = async (plan: Plan, save?: { id: string; basedOn: string | null }) => {
    await writeFile(`${planPath}.tmp`, JSON.stringify(wrapPlanFile(plan, save), null, 2));
    await rename(`${planPath}.tmp`, planPath);
  };

  beforeEach(async () => {
    temp = await makeTempDir();
    planPath = join(temp.dir, 'plan.planhjul.json');
    await writeFile(planPath, JSON.stringify(wrapPlanFile(samplePlan()), null, 2));
    documents = new PlanDocuments({ backupsDir: join(temp.dir, 'backups'), autosaveDelayMs: 60_000 });
  });
  afterEach(async () => {
    await documents.closeAll();
    await temp.cleanup();
  });

  it('is loaded while the plan has no unsaved edits, and the user is told', async () => {
    const doc = await documents.open(planPath);
    await replaceFromOutside({ ...doc.plan, title: 'Fra kollega' });
    const state = await documents.sync(doc.docId, doc.revision);
    expect(state.plan?.title).toBe('Fra kollega');
    expect(state.notices.map((n) => n.kind)).toEqual(['reloaded']);
    // Nothing was written: the outside version stays exactly as it came.
    expect(JSON.parse(await readFile(planPath, 'utf8')).plan.title).toBe('Fra kollega');
  });

  it('keeps a copy of what was saved here when a program that names no version replaced it', async () => {
    const doc = await documents.open(planPath);
    retitle(documents, doc.docId, 'Lagret her');
    await documents.flush(doc.docId);
    // A hand edit (or an older program) starting from the file as it was before that save.
    await replaceFromOutside({ ...doc.plan, title: 'Håndredigert' });

    const state = await documents.sync(doc.docId, doc.revision);
    expect(state.plan?.title).toBe('Håndredigert');
    const notice = state.notices[0];
    expect(notice?.kind).toBe('conflict');
    expect(notice?.message).toMatch(/ikke sier hvilken versjon/);
    const copies = (await readdir(temp.dir)).filter((name) => name.includes('(konflikt'));
    expect(copies).toHaveLength(1);
    expect(JSON.parse(await readFile(join(temp.dir, copies[0]!), 'utf8')).plan.title).toBe('Lagret her');
  });

  it('is not answered with a copy when it says it was made from what was saved here', async () => {
    const doc = await documents.open(planPath);
    retitle(documents, doc.docId, 'Lagret her');
    await documents.flush(doc.docId);
    const saved = JSON.parse(await readFile(planPath, 'utf8'));
    await replaceFromOutside(
      { ...saved.plan, title: 'Videre hos kollega' },
      { id: 'theirs', basedOn: saved.save.id },
    );
    const state = await documents.sync(doc.docId, doc.revision);
    expect(state.notices.map((n) => n.kind)).toEqual(['reloaded']);
    expect((await readdir(temp.dir)).filter((name) => name.includes('(konflikt'))).toEqual([]);
  });
});
