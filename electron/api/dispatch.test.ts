import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contract, type MethodName } from '../../contract/contract';
import { snapshotTree } from '../../tests/support/tempDir';
import type { HostContext } from './createContext';
import { call, dispatch } from './dispatch';
import { appHandlers } from './handlers/app';
import { useTestHost } from './testing/testHost';

describe('API dispatch', () => {
  const host = useTestHost();
  let ctx: HostContext;
  beforeEach(() => {
    ctx = host.ctx;
  });

  const methods = Object.keys(contract) as MethodName[];

  it.each(methods)(
    'refuses an invalid payload to %s with a clear error and changes nothing',
    async (method) => {
      const doc = await call(ctx, 'plan.create', {
        title: 'Trygg hverdag',
        municipality: 'Bodø',
        fromYear: 2026,
        toYear: 2029,
      });
      await call(ctx, 'plan.flush', { docId: doc.docId });
      const before = await snapshotTree(host.dir);
      const planBefore = structuredClone(ctx.documents.get(doc.docId).plan);

      for (const payload of [{ unexpected: true, docId: 42, path: 7 }, 'not an object', [1, 2, 3]]) {
        const reply = await dispatch(ctx, method, payload);
        expect(reply.ok).toBe(false);
        if (!reply.ok) {
          expect(reply.error.code).toBe('invalid-input');
          expect(reply.error.message).toContain(`Ugyldige data til «${method}»`);
        }
      }
      await call(ctx, 'plan.flush', { docId: doc.docId });
      expect(await snapshotTree(host.dir)).toEqual(before);
      expect(ctx.documents.get(doc.docId).plan).toEqual(planBefore);
    },
  );

  describe('the results of handlers', () => {
    afterEach(() => {
      vi.restoreAllMocks();
    });
    const info = { mode: 'cli', version: '1', dataDir: '/d', nativeDialogs: false };

    it('are checked against the contract: a field it lacks is left out, a wrong one is an internal error', async () => {
      vi.spyOn(appHandlers, 'app.info').mockReturnValueOnce({ ...info, secret: 'x' } as never);
      expect(await dispatch(ctx, 'app.info', {})).toEqual({ ok: true, value: info });
      vi.spyOn(appHandlers, 'app.info').mockReturnValueOnce({ ...info, version: 42 } as never);
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const reply = await dispatch(ctx, 'app.info', {});
      expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(logged).toHaveBeenCalledOnce();
    });

    it('are handed on as they are where the host does not check them (the command line)', async () => {
      vi.spyOn(appHandlers, 'app.info').mockReturnValueOnce({ ...info, secret: 'x' } as never);
      const reply = await dispatch({ ...ctx, checkResults: false }, 'app.info', {});
      expect(reply).toEqual({ ok: true, value: { ...info, secret: 'x' } });
    });
  });

  it('refuses an unknown method', async () => {
    const reply = await dispatch(ctx, 'fs.deleteEverything', {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses steps it must not or cannot apply, and keeps the last good plan', async () => {
    const doc = await call(ctx, 'plan.create', {
      title: 'Plan',
      municipality: 'Vik',
      fromYear: 2026,
      toYear: 2029,
    });
    const at = '2026-05-01T10:00:00.000Z';
    const apply = (ops: unknown[]) =>
      dispatch(ctx, 'plan.apply', {
        docId: doc.docId,
        baseRevision: doc.revision,
        steps: [{ id: 's1', at, ops }],
      });

    // The page may not replace the whole plan: that is one of the backend's own operations.
    const replace = await apply([{ name: 'plan.replace', args: { plan: { ...doc.plan, measures: [] } } }]);
    expect(replace).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    // Arguments that do not fit the operation's schema are refused before anything runs.
    const badArgs = await apply([{ name: 'measure.add', args: { focusAreaId: 'x', title: 42 } }]);
    expect(badArgs.ok).toBe(false);
    if (!badArgs.ok)
      expect(badArgs.error.problems?.map((p) => p.path)).toContain('steps[0].ops[0].args.title');
    // A step that fits but cannot be done is answered with why, and nothing of it is kept.
    const missingArea = await apply([{ name: 'measure.add', args: { focusAreaId: 'missing', title: 'X' } }]);
    expect(missingArea).toMatchObject({
      ok: true,
      value: {
        applied: 0,
        revision: doc.revision,
        refused: { stepId: 's1', message: expect.stringMatching(/satsingsområde/) },
      },
    });
    expect(ctx.documents.get(doc.docId).plan.measures).toEqual([]);
    expect(ctx.documents.get(doc.docId).save.pending).toBe(false);
  });

  it('keeps browser-mode plan paths inside the data folder', async () => {
    const reply = await dispatch(ctx, 'plan.open', { path: '../../etc/passwd.planhjul.json' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const wrongExtension = await dispatch(ctx, 'plan.validate', { path: 'notes.txt' });
    expect(wrongExtension).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/\.planhjul\.json/) },
    });
  });

  it('creates a plan from the template with units, focus areas and wheel presets, and lists it as recent', async () => {
    const doc = await call(ctx, 'plan.create', {
      title: 'Trygg hverdag',
      municipality: 'Bodø',
      fromYear: 2026,
      toYear: 2029,
    });
    expect(doc.plan.focusAreas.length).toBeGreaterThanOrEqual(5);
    expect(doc.plan.units.length).toBeGreaterThan(10);
    expect(doc.plan.wheelEvents.length).toBeGreaterThan(5);
    const recent = await call(ctx, 'recent.list', {});
    expect(recent[0]).toMatchObject({ path: doc.path, title: 'Trygg hverdag', exists: true });
    const files = await call(ctx, 'files.list', {});
    expect(files.map((f) => f.path)).toContain(doc.path);
  });
});
