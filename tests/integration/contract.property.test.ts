import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { contract, type MethodName } from '../../contract/contract';
import { pageOperations } from '../../core/operations/registry';
import { wrapPlanFile } from '../../core/plan/create';
import { reportingPeriods } from '../../core/reporting/periods';
import { Plan } from '../../core/schema/plan';
import { checkPlanFileText } from '../../core/validation';
import { createHostContext, type HostContext } from '../../electron/api/createContext';
import { call, dispatch } from '../../electron/api/dispatch';
import { packageFileOf } from '../../electron/library/planPackages';
import { plansDir } from '../../electron/store/paths';
import { DownloadShelf } from '../../electron/web/downloads';
import { realisticPlan } from '../support/realisticPlan';
import { makeTempDir } from '../support/tempDir';
import { arbitraryOf, brokenArbitrary, type Overrides } from '../support/zodArbitrary';

/**
 * Every method of the contract gets at least RUNS generated inputs through `dispatch`, the one entry every host
 * uses, against a real store in a temporary data folder in browser mode (paths confined to the plans folder,
 * files handed out as downloads). Some inputs are shaped by the method's own zod schema, filled with the test
 * world's document id, plan paths, ids and periods; the rest are broken. For every one: never an internal
 * error, a refused call changes no file, and after a call that succeeds every open plan is a valid plan, in
 * memory and on disk.
 */
const RUNS = 1000;

/** The share of schema-shaped inputs: lower where a valid call makes a Word file, a picture or a spreadsheet. */
const SHAPED_SHARE: Partial<Record<MethodName, number>> = {
  'export.plan': 0.015,
  'export.report': 0.02,
  'workshop.handout': 0.02,
  'wheel.exportImage': 0.02,
  'wheel.exportCalendar': 0.03,
  'wheel.holidays': 0.03,
  'status.reminders': 0.02,
  'export.supervision': 0.03,
  'settings.update': 0.08,
  'statusForms.export': 0.02,
  'library.list': 0.05,
  'library.copy': 0.05,
  'package.export': 0.05,
  'package.import': 0.05,
  'plan.revise': 0.05,
  'plan.create': 0.1,
  'plan.open': 0.1,
  'plan.saveAs': 0.1,
  'plan.apply': 0.1,
  'templates.get': 0.05,
  'measures.import': 0.1,
  'measures.importPreview': 0.1,
  'statusForms.preview': 0.1,
};
const DEFAULT_SHARE = 0.2;

const FILE_NAME = 'fjordvik.planhjul.json';

interface World {
  ctx: HostContext;
  dataDir: string;
  planPath: string;
  docId: string;
  /** Every document opened during the run, to flush and check. */
  docIds: Set<string>;
  cleanup(): Promise<void>;
}

async function makeWorld(): Promise<World> {
  const temp = await makeTempDir('ph-contract-prop-');
  const ctx = await createHostContext({
    mode: 'web',
    dataDir: temp.dir,
    restrictToPlansDir: true,
    autosaveDelayMs: 0,
    files: new DownloadShelf(),
  });
  const { mkdir } = await import('node:fs/promises');
  await mkdir(plansDir(temp.dir), { recursive: true });
  const planPath = join(plansDir(temp.dir), FILE_NAME);
  await writeFile(planPath, JSON.stringify(wrapPlanFile(realisticPlan()), null, 2));
  const doc = await call(ctx, 'plan.open', { path: FILE_NAME });
  return {
    ctx,
    dataDir: temp.dir,
    planPath,
    docId: doc.docId,
    docIds: new Set([doc.docId]),
    cleanup: async () => {
      await ctx.dispose();
      await temp.cleanup();
    },
  };
}

/** What is on disk below the data folder: each file's size, modification time and inode (a rename changes it). */
async function fileState(dir: string): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  const walk = async (current: string): Promise<void> => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else {
        const s = await stat(full, { bigint: true });
        state[full.slice(dir.length)] = `${s.size}:${s.mtimeNs}:${s.ino}`;
      }
    }
  };
  await walk(dir);
  return state;
}

async function flushAll(world: World): Promise<void> {
  for (const docId of world.docIds) {
    const reply = await dispatch(world.ctx, 'plan.flush', { docId });
    if (!reply.ok && reply.error.code === 'not-found') world.docIds.delete(docId);
  }
}

/** The schema-shaped inputs' values for keys the world knows: its document, plan paths, ids and periods. */
function overridesFor(world: World, method: MethodName): Overrides {
  const plan = world.ctx.documents.get(world.docId).plan;
  const ids = [
    ...plan.measures.map((m) => m.id),
    ...plan.units.map((u) => u.id),
    ...plan.focusAreas.flatMap((f) => [f.id, ...f.goals.map((g) => g.id)]),
    ...plan.statusUpdates.map((u) => u.id),
    ...plan.wheelEvents.map((e) => e.id),
    ...plan.sections.map((s) => s.id),
    ...plan.measures.flatMap((m) => [...m.indicators.map((i) => i.id), ...m.milestones.map((s) => s.id)]),
  ];
  const anId = fc.oneof(
    { arbitrary: fc.constantFrom(...ids), weight: 4 },
    fc.string({ minLength: 1, maxLength: 8 }),
  );
  const periods = reportingPeriods(plan).map((p) => p.id);
  const paths = fc.constantFrom(
    FILE_NAME,
    world.planPath,
    'ny plan.planhjul.json',
    'missing/inner.planhjul.json',
    '../outside.planhjul.json',
    '/etc/passwd',
    plansDir(world.dataDir),
    'notes.txt',
  );
  const packageText = new TextDecoder().decode(packageFileOf(world.ctx, plan, world.planPath).bytes);
  const operation = fc
    .constantFrom(...(Object.keys(pageOperations) as (keyof typeof pageOperations)[]))
    .chain((name) =>
      arbitraryOf(pageOperations[name].args as z.ZodType, (key, depth) => own(key, depth)).map((args) => ({
        name,
        args,
      })),
    );
  // A measure list (CSV) with generated cells: most import, some are refused row by row.
  const cell = fc.string({ maxLength: 30 }).map((t) => t.replace(/[;"\r\n]/g, ' '));
  const measureList = fc.oneof(
    fc
      .array(fc.tuple(cell, fc.constantFrom(...plan.units.map((u) => u.name), 'Ny enhet'), cell), {
        minLength: 1,
        maxLength: 4,
      })
      .map((rows) =>
        Buffer.from(
          ['Tiltak;Ansvarlig;Beskrivelse', ...rows.map((r) => r.join(';'))].join('\n'),
          'utf8',
        ).toString('base64'),
      ),
    fc.base64String({ maxLength: 40 }),
  );
  const own: Overrides = (key, depth) => {
    if (key === 'docId')
      return fc.oneof({ arbitrary: fc.constant(world.docId), weight: 9 }, fc.constant('nope'));
    if (depth === 0 && ['path', 'sourcePath', 'folder'].includes(key)) return paths;
    if (key === 'periodId')
      return fc.oneof({ arbitrary: fc.constantFrom(...periods), weight: 4 }, fc.constant('2099-T9'));
    if (key === 'ops') return operation;
    if (key === 'fromYear') return fc.integer({ min: 2024, max: 2030 });
    if (key === 'toYear') return fc.integer({ min: 2026, max: 2034 });
    if (key === 'year') return fc.integer({ min: 2025, max: 2031 });
    if (depth === 0 && key === 'text' && method.startsWith('package.'))
      return fc.constantFrom(packageText, '{}', 'ikke json');
    if (depth === 0 && method.startsWith('measures.') && key === 'bytesBase64') return measureList;
    if (depth === 0 && method.startsWith('measures.') && key === 'fileName')
      return fc.constantFrom('tiltak.csv', 'tiltak.xlsx', 'tiltak.txt');
    if (key !== 'docId' && /(?:Id|Ids)$/.test(key)) return anId;
    return undefined;
  };
  return own;
}

describe('every contract method, with generated input through dispatch', () => {
  const counts: Record<string, { shaped: number; broken: number; ok: number; refused: number }> = {};
  afterAll(() => {
    // The tally shows how the runs split; a method that never succeeds is worth a look, not a failure.
    console.info(JSON.stringify(counts));
  });

  it.each(Object.keys(contract) as MethodName[])(
    '%s: no internal error, a refusal changes no file, a success leaves valid plans',
    async (method) => {
      const world = await makeWorld();
      const tally = { shaped: 0, broken: 0, ok: 0, refused: 0 };
      counts[method] = tally;
      try {
        const shaped = arbitraryOf(contract[method].input as z.ZodType, overridesFor(world, method));
        const share = SHAPED_SHARE[method] ?? DEFAULT_SHARE;
        const input = fc.oneof(
          {
            arbitrary: shaped.map((value) => ({ kind: 'shaped' as const, value })),
            weight: Math.round(share * 100),
          },
          {
            arbitrary: brokenArbitrary(shaped).map((value) => ({ kind: 'broken' as const, value })),
            weight: Math.round((1 - share) * 100),
          },
        );
        await fc.assert(
          fc.asyncProperty(input, async ({ kind, value }) => {
            tally[kind] += 1;
            if (!contract[method].input.safeParse(value ?? {}).success) {
              // Refused by the contract before any handler runs: nothing can have been touched.
              const reply = await dispatch(world.ctx, method, value);
              tally.refused += 1;
              expect(reply.ok).toBe(false);
              if (!reply.ok) expect(reply.error.code).toBe('invalid-input');
              return;
            }
            const before = await fileState(world.dataDir);
            const reply = await dispatch(world.ctx, method, value);
            if (!reply.ok) {
              tally.refused += 1;
              expect(reply.error.code, reply.error.message).not.toBe('internal');
              await flushAll(world);
              expect(await fileState(world.dataDir)).toEqual(before);
              return;
            }
            tally.ok += 1;
            const opened = reply.value as { docId?: unknown };
            const fresh =
              typeof opened === 'object' &&
              opened !== null &&
              typeof opened.docId === 'string' &&
              'path' in opened
                ? opened.docId
                : undefined;
            if (fresh) world.docIds.add(fresh);
            await flushAll(world);
            for (const docId of world.docIds) {
              const doc = world.ctx.documents.get(docId);
              expect(Plan.safeParse(doc.plan).success).toBe(true);
              const check = checkPlanFileText(await readFile(doc.path, 'utf8'));
              expect(check.ok, JSON.stringify(check.ok ? [] : check.problems.slice(0, 3))).toBe(true);
            }
            // A plan the call opened is closed again once checked, so the runs do not pile up open plans.
            if (fresh && fresh !== world.docId) {
              await call(world.ctx, 'plan.close', { docId: fresh });
              world.docIds.delete(fresh);
            }
          }),
          { numRuns: RUNS },
        );
      } finally {
        await world.cleanup();
      }
    },
    240_000,
  );
});
