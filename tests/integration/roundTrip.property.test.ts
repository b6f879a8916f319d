import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { FileDelivery } from '../../contract/methods/files';
import { pageOperations } from '../../core/operations/registry';
import { wrapPlanFile } from '../../core/plan/create';
import { reportingPeriods } from '../../core/reporting/periods';
import type { Plan } from '../../core/schema/plan';
import { checkPlanFileText } from '../../core/validation';
import { createHostContext, type HostContext } from '../../electron/api/createContext';
import { call, dispatch } from '../../electron/api/dispatch';
import { plansDir } from '../../electron/store/paths';
import { DownloadShelf } from '../../electron/web/downloads';
import { realisticPlan } from '../support/realisticPlan';
import { makeTempDir } from '../support/tempDir';
import { arbitraryOf, type Overrides } from '../support/zodArbitrary';

/**
 * Round trips of whole plans, where the plan is the realistic one changed by a generated run of the page's own
 * edits (texts hostile or not): packed and imported elsewhere it is the same plan; its status forms, read back
 * without a cell changed, change nothing.
 */

interface Host {
  ctx: HostContext;
  shelf: DownloadShelf;
  dataDir: string;
}

const temps: Awaited<ReturnType<typeof makeTempDir>>[] = [];
const hosts: Host[] = [];

async function makeHost(): Promise<Host> {
  const temp = await makeTempDir('ph-roundtrip-');
  temps.push(temp);
  const shelf = new DownloadShelf();
  const ctx = await createHostContext({
    mode: 'web',
    dataDir: temp.dir,
    restrictToPlansDir: true,
    autosaveDelayMs: 0,
    files: shelf,
  });
  await mkdir(plansDir(temp.dir), { recursive: true });
  const host = { ctx, shelf, dataDir: temp.dir };
  hosts.push(host);
  return host;
}

afterAll(async () => {
  for (const host of hosts) await host.ctx.dispose();
  for (const temp of temps) await temp.cleanup();
});

/** The forms of an export: several come as one zip in browser mode, a single one as itself. */
async function formsIn(host: Host, files: readonly FileDelivery[]) {
  const forms: Array<{ name: string; bytes: Uint8Array }> = [];
  for (const delivery of files) {
    const bytes = taken(host, delivery);
    if (!delivery.fileName.endsWith('.zip')) {
      forms.push({ name: delivery.fileName, bytes });
      continue;
    }
    const zip = await JSZip.loadAsync(bytes);
    for (const entry of Object.values(zip.files)) {
      forms.push({ name: entry.name, bytes: await entry.async('uint8array') });
    }
  }
  return forms;
}

function taken(host: Host, delivery: FileDelivery): Uint8Array {
  const id = (delivery.downloadUrl ?? '').replace(/^download\//, '');
  const file = host.shelf.take(id);
  if (!file) throw new Error(`Nothing delivered for ${delivery.fileName}`);
  return file.bytes;
}

/** The page's edits, each with arguments from its schema, ids taken from the plan most of the time. */
function editsOf(plan: Plan): fc.Arbitrary<{ name: string; args: unknown }[]> {
  const ids = [
    ...plan.measures.map((m) => m.id),
    ...plan.units.map((u) => u.id),
    ...plan.focusAreas.flatMap((f) => [f.id, ...f.goals.map((g) => g.id)]),
    ...plan.wheelEvents.map((e) => e.id),
    ...plan.sections.map((s) => s.id),
  ];
  const own: Overrides = (key) =>
    /(?:Id|Ids)$/.test(key)
      ? fc.oneof({ arbitrary: fc.constantFrom(...ids), weight: 5 }, fc.string({ minLength: 1, maxLength: 8 }))
      : undefined;
  const one = fc
    .constantFrom(...(Object.keys(pageOperations) as (keyof typeof pageOperations)[]))
    .chain((name) =>
      arbitraryOf(pageOperations[name].args as z.ZodType, own).map((args) => ({ name, args })),
    );
  return fc.array(one, { minLength: 1, maxLength: 12 });
}

let counter = 0;

/** Writes the realistic plan, opens it and applies the edits one step each (a refused one is left out). */
async function editedPlan(host: Host, edits: { name: string; args: unknown }[]) {
  counter += 1;
  const fileName = `plan-${counter}.planhjul.json`;
  await writeFile(join(plansDir(host.dataDir), fileName), JSON.stringify(wrapPlanFile(realisticPlan())));
  const doc = await call(host.ctx, 'plan.open', { path: fileName });
  let revision = doc.revision;
  for (const [i, edit] of edits.entries()) {
    const reply = await dispatch(host.ctx, 'plan.apply', {
      docId: doc.docId,
      baseRevision: revision,
      steps: [{ id: `step-${counter}-${i}`, at: '2026-05-01T10:00:00.000Z', ops: [edit] }],
    });
    if (reply.ok) revision = (reply.value as { revision: number }).revision;
  }
  await call(host.ctx, 'plan.flush', { docId: doc.docId });
  return { docId: doc.docId, path: join(plansDir(host.dataDir), fileName) };
}

async function planOnDisk(path: string): Promise<Plan> {
  const check = checkPlanFileText(await readFile(path, 'utf8'));
  if (!check.ok) throw new Error(`Not a valid plan: ${JSON.stringify(check.problems.slice(0, 3))}`);
  return check.file.plan;
}

describe('round trips of generated plans', () => {
  let here: Host;
  let there: Host;
  beforeAll(async () => {
    here = await makeHost();
    there = await makeHost();
  });

  it('plan → package → import elsewhere gives the same plan', async () => {
    await fc.assert(
      fc.asyncProperty(editsOf(realisticPlan()), async (edits) => {
        const source = await editedPlan(here, edits);
        const delivery = await call(here.ctx, 'package.export', { docId: source.docId });
        const text = new TextDecoder().decode(taken(here, delivery));
        const imported = await call(there.ctx, 'package.import', {
          fileName: delivery.fileName,
          text,
          mode: 'new',
        });
        expect(await planOnDisk(imported.path)).toEqual(await planOnDisk(source.path));
        await call(here.ctx, 'plan.close', { docId: source.docId });
      }),
      { numRuns: 25 },
    );
  }, 240_000);

  it('status forms exported and read back unedited add nothing and change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(editsOf(realisticPlan()), fc.nat(), async (edits, pick) => {
        const source = await editedPlan(here, edits);
        const before = await planOnDisk(source.path);
        // A period of the plan as edited (its period may have moved).
        const periods = reportingPeriods(before).map((p) => p.id);
        const periodId = periods[pick % periods.length] as string;
        const { files } = await call(here.ctx, 'statusForms.export', { docId: source.docId, periodId });
        for (const form of await formsIn(here, files)) {
          const file = { name: form.name, base64: Buffer.from(form.bytes).toString('base64') };
          const preview = await call(here.ctx, 'statusForms.preview', {
            docId: source.docId,
            periodId,
            file,
          });
          expect(preview.problems).toEqual([]);
          expect(preview.rows).toEqual([]);
          const imported = await call(here.ctx, 'statusForms.import', {
            docId: source.docId,
            periodId,
            file,
          });
          expect(imported.result).toEqual({ added: 0, corrected: 0, kept: 0 });
        }
        await call(here.ctx, 'plan.flush', { docId: source.docId });
        expect(await planOnDisk(source.path)).toEqual(before);
        await call(here.ctx, 'plan.close', { docId: source.docId });
      }),
      { numRuns: 8 },
    );
  }, 240_000);
});
