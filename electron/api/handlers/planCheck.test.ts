import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderMessage } from '../../../contract/messages/catalogues';
import { wrapPlanFile } from '../../../core/plan/create';
import { completePlan } from '../../../core/quality/completePlan';
import { replacePlan } from '../../../tests/support/replacePlan';
import { makeTempDir } from '../../../tests/support/tempDir';
import { createHostContext, type HostContext } from '../createContext';
import { call, dispatch } from '../dispatch';

describe('plan.check', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let ctx: HostContext;

  beforeEach(async () => {
    temp = await makeTempDir();
    ctx = await createHostContext({ mode: 'cli', dataDir: temp.dir, autosaveDelayMs: 0 });
  });
  afterEach(async () => {
    await ctx.dispose();
    await temp.cleanup();
  });

  it('finds nothing in a complete plan file and scores it 100', async () => {
    const path = join(temp.dir, 'complete.planhjul.json');
    await writeFile(path, JSON.stringify(wrapPlanFile(completePlan())));
    const report = await call(ctx, 'plan.check', { path, today: '2025-12-01' });
    expect(report).toEqual({
      title: 'Trygg hjemme',
      language: 'nb',
      findings: [],
      counts: { error: 0, warning: 0, info: 0 },
      score: 100,
    });
  });

  it('judges the lifecycle on today, or on the day asked for', async () => {
    const path = join(temp.dir, 'complete.planhjul.json');
    await writeFile(path, JSON.stringify(wrapPlanFile(completePlan())));
    const ids = async (today?: string) =>
      (await call(ctx, 'plan.check', { path, ...(today ? { today } : {}) })).findings.map((f) => f.id);
    expect(await ids('2026-01-01')).toEqual(['lifecycle.not-adopted']);
    expect(await ids('2025-12-31')).toEqual([]);
    // The real date of this run (the period 2026–2029 has begun by the time this code exists).
    expect(await ids()).toEqual(['lifecycle.not-adopted']);
  });

  it('checks the open plan as it is in memory, with the templates’ labels', async () => {
    const doc = await call(ctx, 'plan.create', {
      title: 'Ny plan',
      municipality: 'Vik',
      fromYear: 2026,
      toYear: 2029,
      path: join(temp.dir, 'ny.planhjul.json'),
    });
    const before = await call(ctx, 'plan.check', { docId: doc.docId });
    expect(before.findings.map((f) => f.id)).toContain('plan.measures-missing');
    expect(before.findings.filter((f) => f.target.kind === 'section')).toHaveLength(doc.plan.sections.length);

    const plan = completePlan();
    replacePlan(ctx, doc.docId, { ...plan, measures: plan.measures.slice(0, 3) });
    const after = await call(ctx, 'plan.check', { docId: doc.docId, today: '2025-12-01' });
    const coverage = after.findings.filter((f) => f.target.kind === 'coverage').map((f) => f.message);
    expect(coverage.join('\n')).toContain('«Negativ sosial kontroll»');
    // The backend's findings carry the templates' labels in every language.
    const control = after.findings.find((f) => f.target.id === 'negative-social-control');
    expect(renderMessage(control!.text, 'en')).toContain('“Negative social control”');
    expect(renderMessage(control!.text, 'nn')).toMatch(
      /^Ingen tiltak tek for seg valdsforma «Negativ sosial kontroll»/,
    );
    // + the focus area left without measures, + children targeted but the schools' measure was cut
    expect(after.counts.warning).toBe(coverage.length + 2);
    expect(after.findings.map((f) => f.id)).toContain('crisis-centre.children-school');
    expect(after.score).toBeLessThan(100);
  });

  it('refuses an invalid plan file with its problems', async () => {
    const path = join(temp.dir, 'broken.planhjul.json');
    await writeFile(path, '{"format":"planhjulet","schemaVersion":1,"plan":{}}');
    const reply = await dispatch(ctx, 'plan.check', { path });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-plan-file' } });
    if (!reply.ok) expect(reply.error.problems?.length).toBeGreaterThan(0);
    const missing = await dispatch(ctx, 'plan.check', { path: join(temp.dir, 'gone.planhjul.json') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
