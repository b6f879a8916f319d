import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../tests/support/tempDir';
import { DownloadShelf } from '../../web/downloads';
import { ApiError } from '../apiError';
import { createHostContext, type HostContext } from '../createContext';
import { call } from '../dispatch';

describe('wheel API', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let ctx: HostContext;
  let planPath: string;

  beforeEach(async () => {
    temp = await makeTempDir();
    ctx = await createHostContext({ mode: 'cli', dataDir: join(temp.dir, 'data'), autosaveDelayMs: 0 });
    planPath = join(temp.dir, 'plan.planhjul.json');
    const doc = await call(ctx, 'plan.create', {
      title: 'Trygg hverdag',
      municipality: 'Bodø',
      fromYear: 2026,
      toYear: 2029,
      path: planPath,
    });
    await call(ctx, 'plan.close', { docId: doc.docId });
  });
  afterEach(async () => {
    await ctx.dispose();
    await temp.cleanup();
  });

  it('lists the public holidays of the years asked for', async () => {
    const holidays = await call(ctx, 'wheel.holidays', { fromYear: 2026, toYear: 2027 });
    expect(holidays).toHaveLength(24);
    expect(holidays).toContainEqual({ date: '2026-05-17', name: 'Grunnlovsdagen' });
    await expect(call(ctx, 'wheel.holidays', { fromYear: 2027, toYear: 2026 })).rejects.toThrow(/sluttår/);
  });

  it('writes the wheel of a plan file as PNG and SVG where --out says, without locking the plan', async () => {
    const png = join(temp.dir, 'hjul.png');
    const result = await call(ctx, 'wheel.exportImage', {
      path: planPath,
      year: 2027,
      format: 'png',
      out: png,
    });
    expect(result).toEqual({ fileName: 'Årshjul 2027 Bodø.png', savedPath: png, downloadUrl: null });
    expect((await readFile(png)).subarray(1, 4).toString()).toBe('PNG');
    const svg = join(temp.dir, 'hjul.svg');
    await call(ctx, 'wheel.exportImage', {
      path: planPath,
      year: 2028,
      format: 'svg',
      out: svg,
      language: 'nn',
    });
    const text = await readFile(svg, 'utf8');
    expect(text).toContain('Årshjul 2028 – Trygg hverdag');
    expect(text).toContain('Hendingar månad for månad');
    // Still free to open: the export did not take the lock.
    const doc = await call(ctx, 'plan.open', { path: planPath });
    expect(doc.readOnly).toBe(false);
  });

  it('refuses a year outside the plan period, a broken plan file and a missing one', async () => {
    const out = join(temp.dir, 'x.png');
    await expect(
      call(ctx, 'wheel.exportImage', { path: planPath, year: 2031, format: 'png', out }),
    ).rejects.toThrow('2031 er utenfor planperioden 2026–2029. Velg et år i planperioden.');
    const broken = join(temp.dir, 'broken.planhjul.json');
    await writeFile(broken, '{"format":"planhjulet","schemaVersion":1,"plan":{}}');
    const error = await call(ctx, 'wheel.exportCalendar', { path: broken, out }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).body.code).toBe('invalid-plan-file');
    expect((error as ApiError).body.problems?.length).toBeGreaterThan(0);
    await expect(
      call(ctx, 'wheel.exportCalendar', { path: join(temp.dir, 'nope.planhjul.json'), out }),
    ).rejects.toThrow(/Fant ikke planfilen/);
    await expect(call(ctx, 'wheel.exportCalendar', { out })).rejects.toThrow(/enten et åpent dokument/);
  });

  it('exports the open document, as the app does, and hands the file to the host', async () => {
    const shelf = new DownloadShelf();
    const web = await createHostContext({
      mode: 'web',
      dataDir: join(temp.dir, 'web'),
      restrictToPlansDir: true,
      files: shelf,
    });
    try {
      const doc = await call(web, 'plan.create', {
        title: 'Nettplan',
        municipality: 'Ås',
        fromYear: 2026,
        toYear: 2027,
      });
      const delivery = await call(web, 'wheel.exportCalendar', { docId: doc.docId });
      expect(delivery.fileName).toBe('Årshjul Ås 2026-2027.ics');
      const file = shelf.take(String(delivery.downloadUrl).replace('download/', ''));
      const calendar = new ICAL.Component(ICAL.parse(new TextDecoder().decode(file?.bytes)));
      // The default template's wheel plus 2 × 6 reporting dates.
      expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(12);
      // Only the command line may name the output file.
      await expect(
        call(web, 'wheel.exportImage', { docId: doc.docId, year: 2026, format: 'svg', out: '/tmp/x.svg' }),
      ).rejects.toThrow('Bare kommandolinjen kan velge filsti for eksport.');
    } finally {
      await web.dispose();
    }
  });
});
