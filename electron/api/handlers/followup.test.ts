import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkPlanFileText } from '../../../core/validation';
import { nationalStylePlan, OPEN_PERIOD } from '../../../tests/support/nationalStylePlan';
import { makeTempDir, snapshotTree } from '../../../tests/support/tempDir';
import { fillStatusForm, rowOfMeasure } from '../../export/statusForms/testing/fillForm';
import { plansDir } from '../../store/paths';
import { apiErrorOf, writePlanFileRaw } from '../../store/testing/fixtures';
import { createHostContext, type HostContext } from '../createContext';
import type { FileDeliverer, OutgoingFile } from '../delivery';
import { call } from '../dispatch';

/** Keeps delivered files in memory, as the browser mode's download shelf does. */
function shelf(): FileDeliverer & { files: OutgoingFile[] } {
  const files: OutgoingFile[] = [];
  return {
    files,
    async deliver(file) {
      files.push(file);
      return { fileName: file.fileName, savedPath: null, downloadUrl: `download/${files.length}` };
    },
    async deliverAll(many) {
      return Promise.all(many.map((file) => this.deliver(file)));
    },
    reveal: async () => false,
  };
}

describe('follow-up handlers', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let ctx: HostContext;
  let delivered: ReturnType<typeof shelf>;
  let planPath: string;

  beforeEach(async () => {
    temp = await makeTempDir();
    delivered = shelf();
    ctx = await createHostContext({
      mode: 'web',
      dataDir: temp.dir,
      restrictToPlansDir: true,
      autosaveDelayMs: 0,
      files: delivered,
    });
    planPath = join(plansDir(temp.dir), 'fjordvik.planhjul.json');
    await mkdir(plansDir(temp.dir), { recursive: true });
    await writePlanFileRaw(planPath, nationalStylePlan({ endOfPlan: false }));
  });
  afterEach(async () => {
    await ctx.dispose();
    await temp.cleanup();
  });

  it('status.round and status.checks answer for the open plan', async () => {
    const doc = await call(ctx, 'plan.open', { path: 'fjordvik.planhjul.json' });
    const round = await call(ctx, 'status.round', { docId: doc.docId, periodId: OPEN_PERIOD });
    expect(round).toMatchObject({ periodId: OPEN_PERIOD, reported: 0, collectionDeadline: '2027-09-14' });
    expect(round.missing + round.closed).toBe(45);
    const checks = await call(ctx, 'status.checks', {
      docId: doc.docId,
      periodId: '2027-T1',
      asOf: '2027-05-10',
    });
    expect(checks.asOf).toBe('2027-05-10');
    expect(checks.findings.some((f) => f.kind === 'narrative-unchanged' && f.measureNumber === '2.4')).toBe(
      true,
    );
    const error = await apiErrorOf(call(ctx, 'status.round', { docId: doc.docId, periodId: '2035-T1' }));
    expect(error.body).toMatchObject({ code: 'operation' });
    expect(error.message).toMatch(/finnes ikke i planperioden/);
  });

  it('exports forms, previews a filled one and imports it into the plan file', async () => {
    const doc = await call(ctx, 'plan.open', { path: 'fjordvik.planhjul.json' });
    const round = await call(ctx, 'status.round', { docId: doc.docId, periodId: OPEN_PERIOD });
    const barnevern = round.owners.find((o) => o.unitName === 'Barneverntjenesten');
    const exported = await call(ctx, 'statusForms.export', {
      docId: doc.docId,
      periodId: OPEN_PERIOD,
      unitIds: [barnevern?.unitId ?? null],
    });
    expect(exported.files).toEqual([
      {
        fileName: 'Statusskjema 2027-T2 - Barneverntjenesten.xlsx',
        savedPath: null,
        downloadUrl: 'download/1',
      },
    ]);
    const form = delivered.files[0] as OutgoingFile;
    const filled = await fillStatusForm(form.bytes, {
      '4.3': { Status: 'Gjennomført', 'Beskrivelse (hva er gjort)': 'Avtalen er signert.' },
      '5.2': { Status: 'Forsinket', Begrunnelse: 'Kurset ble avlyst.', 'Trenger vedtak': 'Nei' },
    });
    const file = { name: form.fileName, base64: Buffer.from(filled).toString('base64') };

    const before = await snapshotTree(temp.dir);
    const preview = await call(ctx, 'statusForms.preview', { docId: doc.docId, periodId: OPEN_PERIOD, file });
    expect(preview.rows.map((r) => [r.measureNumber, r.draft.status])).toEqual([
      ['4.3', 'done'],
      ['5.2', 'delayed'],
    ]);
    expect(await snapshotTree(temp.dir)).toEqual(before);

    const imported = await call(ctx, 'statusForms.import', { docId: doc.docId, periodId: OPEN_PERIOD, file });
    expect(imported.result).toEqual({ added: 2, corrected: 0, kept: 0 });
    await call(ctx, 'plan.flush', { docId: doc.docId });
    const onDisk = checkPlanFileText(await readFile(planPath, 'utf8'));
    if (!onDisk.ok) throw new Error('plan file invalid');
    const added = onDisk.file.plan.statusUpdates.filter((u) => u.periodId === OPEN_PERIOD);
    expect(added.map((u) => u.status).sort()).toEqual(['delayed', 'done']);
    expect(imported.state.plan?.statusUpdates).toEqual(onDisk.file.plan.statusUpdates);

    // The same form again: both measures now conflict and need a choice.
    const again = await apiErrorOf(
      call(ctx, 'statusForms.import', { docId: doc.docId, periodId: OPEN_PERIOD, file }),
    );
    expect(again.body.code).toBe('operation');
    expect(again.message).toMatch(/Tiltak 4\.3, 5\.2 har allerede en rapport/);
  });

  it('refuses a form with errors, names the rows and writes nothing', async () => {
    const doc = await call(ctx, 'plan.open', { path: 'fjordvik.planhjul.json' });
    await call(ctx, 'statusForms.export', { docId: doc.docId, periodId: OPEN_PERIOD });
    const form = delivered.files.find((f) => f.fileName.endsWith('Skolene.xlsx')) as OutgoingFile;
    const filled = await fillStatusForm(form.bytes, { '3.4': { Status: 'Snart ferdig' } });
    await call(ctx, 'plan.flush', { docId: doc.docId });
    const before = await snapshotTree(temp.dir);
    const error = await apiErrorOf(
      call(ctx, 'statusForms.import', {
        docId: doc.docId,
        periodId: OPEN_PERIOD,
        file: { name: form.fileName, base64: Buffer.from(filled).toString('base64') },
      }),
    );
    expect(error.body.code).toBe('invalid-input');
    expect(error.message).toMatch(/ble ikke importert fordi skjemaet har 1 feil/);
    expect(error.body.problems?.[0]).toMatchObject({ path: `Rad ${await rowOfMeasure(filled, '3.4')}` });
    expect(error.body.problems?.[0]?.message).toMatch(/«Snart ferdig» er ikke en status/);
    await call(ctx, 'plan.flush', { docId: doc.docId });
    expect(await snapshotTree(temp.dir)).toEqual(before);
  });

  it('refuses an output folder outside the command line', async () => {
    const doc = await call(ctx, 'plan.open', { path: 'fjordvik.planhjul.json' });
    const error = await apiErrorOf(
      call(ctx, 'statusForms.export', { docId: doc.docId, periodId: OPEN_PERIOD, outDir: '/tmp' }),
    );
    expect(error.message).toMatch(/Bare kommandolinjen/);
    expect(delivered.files).toEqual([]);
  });

  it('plan.revise writes and opens the next plan and marks the old one expired', async () => {
    await writePlanFileRaw(planPath, nationalStylePlan({ endOfPlan: true }));
    const doc = await call(ctx, 'plan.open', { path: 'fjordvik.planhjul.json' });
    const next = await call(ctx, 'plan.revise', {
      docId: doc.docId,
      title: 'Handlingsplan mot vold i nære relasjoner 2030–2033',
      fromYear: 2030,
      toYear: 2033,
      path: 'ny plan.planhjul.json',
    });
    expect(next.path).toBe(join(plansDir(temp.dir), 'ny plan.planhjul.json'));
    expect(next.readOnly).toBe(false);
    expect(next.plan.previousPlan).toEqual({
      id: 'plan-national-style',
      title: doc.plan.title,
      path: planPath,
    });
    expect(next.plan.measures.length).toBeGreaterThan(10);
    const oldOnDisk = checkPlanFileText(await readFile(planPath, 'utf8'));
    expect(oldOnDisk.ok && oldOnDisk.file.plan.lifecycle).toBe('expired');
    const newOnDisk = checkPlanFileText(await readFile(next.path, 'utf8'));
    expect(newOnDisk.ok && newOnDisk.file.plan.title).toBe(
      'Handlingsplan mot vold i nære relasjoner 2030–2033',
    );
    const recent = await call(ctx, 'recent.list', {});
    expect(recent[0]?.path).toBe(next.path);

    // The archived plan takes no more status imports.
    const importError = await apiErrorOf(
      call(ctx, 'statusForms.import', {
        docId: doc.docId,
        periodId: OPEN_PERIOD,
        file: { name: 'x.xlsx', base64: 'UEsDBA==' },
      }),
    );
    expect(importError.body.code).toBe('read-only');
    const again = await apiErrorOf(
      call(ctx, 'plan.revise', { docId: doc.docId, title: 'Igjen', fromYear: 2030, toYear: 2033 }),
    );
    expect(again.message).toMatch(/allerede utløpt/);
  });
});
