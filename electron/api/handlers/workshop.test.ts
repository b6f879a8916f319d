import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addIdea, convertIdeaToMeasure } from '../../../core/workshop/ideas';
import { replacePlan } from '../../../tests/support/replacePlan';
import { makeTempDir } from '../../../tests/support/tempDir';
import { createHostContext, type HostContext } from '../createContext';
import { call, dispatch } from '../dispatch';

describe('workshop.handout', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let ctx: HostContext;

  beforeEach(async () => {
    temp = await makeTempDir();
    ctx = await createHostContext({ mode: 'cli', dataDir: temp.dir, autosaveDelayMs: 60_000 });
  });
  afterEach(async () => {
    await ctx.dispose();
    await temp.cleanup();
  });

  it('writes the handout of the open plan as it is now, saved or not', async () => {
    const doc = await call(ctx, 'plan.create', {
      title: 'Trygg hverdag',
      municipality: 'Vik',
      fromYear: 2027,
      toYear: 2030,
    });
    const idea = addIdea(doc.plan, {
      text: 'Ringe tilbake innen en uke',
      focusAreaId: doc.plan.focusAreas[0]!.id,
    });
    const plan = convertIdeaToMeasure(idea.plan, idea.idea.id, { owner: { newUnitName: 'Legevakten' } }).plan;
    replacePlan(ctx, doc.docId, plan);

    const out = join(temp.dir, 'verksted.docx');
    const delivery = await call(ctx, 'workshop.handout', { docId: doc.docId, out });
    expect(delivery).toEqual({ fileName: 'trygg-hverdag-verksted.docx', savedPath: out, downloadUrl: null });
    const { value } = await mammoth.extractRawText({ buffer: await readFile(out) });
    expect(value).toContain('Legevakten (1)');
    expect(value).toContain('1.1 Ringe tilbake innen en uke: mangler frist og indikator.');
  });

  it('asks the command line for --out and refuses an unknown document', async () => {
    const missing = await dispatch(ctx, 'workshop.handout', { docId: 'borte' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const doc = await call(ctx, 'plan.create', {
      title: 'P',
      municipality: 'Vik',
      fromYear: 2027,
      toYear: 2030,
    });
    const noOut = await dispatch(ctx, 'workshop.handout', { docId: doc.docId });
    expect(noOut).toMatchObject({ ok: false, error: { message: expect.stringMatching(/--out/) } });
  });
});
