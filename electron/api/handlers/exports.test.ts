import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../../core/plan/create';
import { docxParts } from '../../../tests/support/docxParts';
import { realisticPlan } from '../../../tests/support/realisticPlan';
import { replacePlan } from '../../../tests/support/replacePlan';
import { makeTempDir, snapshotTree } from '../../../tests/support/tempDir';
import { readWord } from '../../../tests/support/wordDocument';
import { plansDir } from '../../store/paths';
import { DownloadShelf } from '../../web/downloads';
import { ApiError } from '../apiError';
import { createHostContext, type HostContext } from '../createContext';
import { call } from '../dispatch';

const WORD_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe('export handlers', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let planPath: string;

  beforeEach(async () => {
    temp = await makeTempDir();
    planPath = join(temp.dir, 'fjordvik.planhjul.json');
    await writeFile(planPath, JSON.stringify(wrapPlanFile(realisticPlan())));
  });
  afterEach(() => temp.cleanup());

  describe('from the command line', () => {
    let ctx: HostContext;
    beforeEach(async () => {
      ctx = await createHostContext({ mode: 'cli', dataDir: join(temp.dir, 'data'), autosaveDelayMs: 0 });
    });
    afterEach(() => ctx.dispose());

    it('writes the plan document to --out from a plan file, leaving the plan file as it was', async () => {
      const before = await readFile(planPath, 'utf8');
      const outPath = join(temp.dir, 'plan.docx');
      const delivery = await call(ctx, 'export.plan', {
        source: { path: planPath },
        outPath,
        language: 'nn',
      });
      expect(delivery).toEqual({
        fileName: 'Handlingsplan mot vold i nære relasjoner 2026–2029.docx',
        savedPath: outPath,
        downloadUrl: null,
      });
      const doc = await readWord(await readFile(outPath));
      expect(doc.text).toContain('Vedteken i kommunestyret');
      expect(await readFile(planPath, 'utf8')).toBe(before);
    });

    it('writes a progress report and names the period and variant in the file name', async () => {
      const outPath = join(temp.dir, 'rapport.docx');
      const delivery = await call(ctx, 'export.report', {
        source: { path: planPath },
        periodId: '2026-T2',
        variant: 'political',
        outPath,
      });
      expect(delivery.fileName).toBe(
        'Framdriftsrapport 2. tertial 2026 (politisk sammendrag) – Handlingsplan mot vold i nære relasjoner.docx',
      );
      const doc = await readWord(await readFile(outPath));
      expect(doc.text).toContain('Framdriftsrapport 2. tertial 2026');
    });

    it('refuses an unknown period and lists the valid ones', async () => {
      const error = await call(ctx, 'export.report', {
        source: { path: planPath },
        periodId: '2030-T1',
        outPath: join(temp.dir, 'x.docx'),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect((error as ApiError).body.code).toBe('invalid-input');
      expect((error as ApiError).message).toBe(
        'Planen har ingen rapporteringsperiode «2030-T1». Gyldige perioder er 2026-T1, 2026-T2, 2026-T3, 2027-T1, 2027-T2, 2027-T3, 2028-T1, 2028-T2, 2028-T3, 2029-T1, 2029-T2, 2029-T3.',
      );
    });

    it('refuses a broken plan file with its problems, and a missing one', async () => {
      const broken = join(temp.dir, 'broken.planhjul.json');
      await writeFile(broken, '{"format":"planhjulet","schemaVersion":1,"plan":{"title":""}}');
      const error = (await call(ctx, 'export.plan', {
        source: { path: broken },
        outPath: join(temp.dir, 'x.docx'),
      }).catch((e: unknown) => e)) as ApiError;
      expect(error.body.code).toBe('invalid-plan-file');
      expect(error.message).toMatch(/^«broken\.planhjul\.json» er ikke en gyldig plan/);
      expect(error.body.problems?.length).toBeGreaterThan(0);
      const missing = (await call(ctx, 'export.plan', {
        source: { path: join(temp.dir, 'gone.planhjul.json') },
        outPath: join(temp.dir, 'x.docx'),
      }).catch((e: unknown) => e)) as ApiError;
      expect(missing.body.code).toBe('not-found');
    });

    it('puts the annual wheel in the plan document as a figure with alt text, unless asked not to', async () => {
      expect(await call(ctx, 'export.capabilities', {})).toEqual({ wheel: true });
      const withWheel = join(temp.dir, 'with-wheel.docx');
      const without = join(temp.dir, 'without-wheel.docx');
      await call(ctx, 'export.plan', { source: { path: planPath }, outPath: withWheel, includeWheel: true });
      await call(ctx, 'export.plan', { source: { path: planPath }, outPath: without, includeWheel: false });
      const parts = docxParts(new Uint8Array(await readFile(withWheel)));
      expect([...parts.keys()].some((name) => /^word\/media\/.+\.png$/.test(name))).toBe(true);
      expect(parts.get('word/document.xml')).toMatch(/descr="Årshjulet for \d{4} med \d+ hendelser/);
      const plain = docxParts(new Uint8Array(await readFile(without)));
      expect([...plain.keys()].some((name) => name.startsWith('word/media/'))).toBe(false);
    });
  });

  describe('in browser mode', () => {
    let ctx: HostContext;
    let shelf: DownloadShelf;
    beforeEach(async () => {
      shelf = new DownloadShelf();
      ctx = await createHostContext({
        mode: 'web',
        dataDir: join(temp.dir, 'data'),
        restrictToPlansDir: true,
        autosaveDelayMs: 0,
        files: shelf,
      });
    });
    afterEach(() => ctx.dispose());

    it('exports the open plan with its unsaved edits as a download', async () => {
      const inside = join(plansDir(ctx.dataDir), 'fjordvik.planhjul.json');
      const created = await call(ctx, 'plan.create', {
        title: 'Utkast',
        municipality: 'Fjordvik',
        fromYear: 2026,
        toYear: 2029,
        path: inside,
      });
      const edited = { ...realisticPlan(), id: created.plan.id, title: 'Trygge hjem i Fjordvik' };
      replacePlan(ctx, created.docId, edited);
      const delivery = await call(ctx, 'export.report', {
        source: { docId: created.docId },
        periodId: '2026-T3',
        variant: 'full',
      });
      expect(delivery.savedPath).toBeNull();
      expect(delivery.downloadUrl).toMatch(/^download\/[\w-]+$/);
      const file = shelf.take(delivery.downloadUrl?.slice('download/'.length) ?? '');
      expect(file?.mimeType).toBe(WORD_MIME);
      const doc = await readWord(file?.bytes ?? new Uint8Array());
      expect(doc.text).toContain('Trygge hjem i Fjordvik');
    });

    it('refuses an output path and plan files outside the data folder', async () => {
      const inside = join(plansDir(ctx.dataDir), 'inne.planhjul.json');
      await call(ctx, 'plan.create', {
        title: 'Inne',
        municipality: 'Fjordvik',
        fromYear: 2026,
        toYear: 2029,
        path: inside,
      });
      const before = await snapshotTree(ctx.dataDir);
      const withOut = (await call(ctx, 'export.plan', {
        source: { path: 'inne.planhjul.json' },
        includeWheel: true,
        outPath: '/tmp/x.docx',
      }).catch((e: unknown) => e)) as ApiError;
      expect(withOut.message).toBe('Bare kommandolinjen kan velge filsti for eksport.');
      // Refused before anything was made: not even the wheel's picture cache was written (found by the
      // contract's property test).
      expect(await snapshotTree(ctx.dataDir)).toEqual(before);
      const outside = (await call(ctx, 'export.plan', { source: { path: planPath } }).catch(
        (e: unknown) => e,
      )) as ApiError;
      expect(outside.message).toMatch(
        /I nettlesermodus kan Planhjulet bare bruke planer som ligger i mappen/,
      );
    });
  });
});
