import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { beforeEach, describe, expect, it } from 'vitest';
import { measureNumbers } from '../../../core/plan/numbering';
import { snapshotTree } from '../../../tests/support/tempDir';
import { encodeUtf8, encodeWindows1252 } from '../../import/testing/encodings';
import type { HostContext } from '../createContext';
import { call, dispatch } from '../dispatch';
import { useTestHost } from '../testing/testHost';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('measures.importPreview and measures.import', () => {
  const host = useTestHost();
  let ctx: HostContext;
  let docId: string;
  let path: string;

  beforeEach(async () => {
    ctx = host.ctx;
    ctx.now = () => new Date('2026-09-15T10:00:00Z');
    const doc = await call(ctx, 'plan.create', {
      title: 'Trygg hverdag',
      municipality: 'Vik',
      fromYear: 2026,
      toYear: 2029,
    });
    docId = doc.docId;
    path = doc.path;
    await call(ctx, 'plan.flush', { docId });
  });
  const csv = [
    'Satsingsområde;Tiltak;Beskrivelse;Ansvarlig;Samarbeidspartnere;Start;Frist;Tidsrom;Status;Kommentar',
    'Hjelp og beskyttelse;Etablere konsultasjonsteam;Team for anonyme drøftinger;Barneverntjenesten;"NAV-kontoret, Politiet";;30.06.2027;;Pågår – i rute;Første møte holdt',
    '2;Lage rutine for henvisning til ATV;;Psykisk helse og rus;;;;2026-2027;;',
    'Eldre;Lære opp hjemmetjenesten i å se vold mot eldre;;Hjemmetjenester og sykehjem;Frivilligsentralen;;2027-03-31;;Endret;Slått sammen med tiltak 1.1',
  ].join('\r\n');

  it('previews a Windows-1252 CSV without changing anything', async () => {
    const before = await snapshotTree(host.dir);
    const preview = await call(ctx, 'measures.importPreview', {
      docId,
      fileName: 'tiltak.csv',
      bytesBase64: base64(encodeWindows1252(csv)),
    });
    expect(preview.problems).toEqual([]);
    expect(preview.canImport).toBe(true);
    expect(preview.newFocusAreas).toEqual(['Eldre']);
    expect(preview.newUnits).toEqual(['Frivilligsentralen']);
    expect(preview.rows[0]).toMatchObject({
      line: 2,
      focusArea: 'Hjelp og beskyttelse til voldsutsatte',
      owner: 'Barneverntjenesten',
      ownerIsNew: false,
      partners: ['NAV-kontoret', 'Politiet (politikontakten)'],
      deadline: '2027-06-30',
      status: 'on-track',
    });
    expect(preview.rows[1]?.focusArea).toBe('Forebygging, også tilbud til dem som utøver vold');
    await call(ctx, 'plan.flush', { docId });
    expect(await snapshotTree(host.dir)).toEqual(before);
  });

  it('imports into the open plan, which is saved with the new measures, units and statuses', async () => {
    const result = await call(ctx, 'measures.import', {
      docId,
      fileName: 'tiltak.csv',
      bytesBase64: base64(encodeUtf8(csv, true)),
    });
    expect(result).toMatchObject({
      imported: 3,
      newUnits: 1,
      newFocusAreas: 1,
      statusUpdates: 2,
      periodId: '2026-T3',
    });
    await call(ctx, 'plan.flush', { docId });
    const saved = JSON.parse(await readFile(path, 'utf8')).plan;
    expect(saved.measures.map((m: { title: string }) => m.title)).toEqual([
      'Etablere konsultasjonsteam',
      'Lage rutine for henvisning til ATV',
      'Lære opp hjemmetjenesten i å se vold mot eldre',
    ]);
    expect(saved.statusUpdates.map((u: { status: string; reason: string }) => [u.status, u.reason])).toEqual([
      ['on-track', ''],
      ['changed', 'Slått sammen med tiltak 1.1'],
    ]);
    expect(result.state.plan?.measures).toHaveLength(3);
    expect(ctx.documents.get(docId).plan).toEqual(result.state.plan);
  });

  it('refuses a file with one bad row: nothing imported, the row named, the file untouched', async () => {
    const bad = `${csv}\r\nForebygging;Gi kurs;;;;;31.02.2027;;;`;
    const before = await snapshotTree(host.dir);
    const planBefore = ctx.documents.get(docId).plan;
    const reply = await dispatch(ctx, 'measures.import', {
      docId,
      fileName: 'tiltak.csv',
      bytesBase64: base64(encodeUtf8(bad)),
    });
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Ingen tiltak ble importert: én rad i tiltak.csv har feil. Rett raden og prøv igjen.',
        problems: [
          { path: 'linje 5', message: expect.stringMatching(/^Frist «31\.02\.2027» er ikke en gyldig dato/) },
        ],
      },
    });
    expect(ctx.documents.get(docId).plan).toBe(planBefore);
    await call(ctx, 'plan.flush', { docId });
    expect(await snapshotTree(host.dir)).toEqual(before);
  });

  it('lands a 40-row XLSX list in the right focus areas with owners as units', async () => {
    const areas = ['Hjelp og beskyttelse', 'Forebygging', 'Avdekking', 'Samarbeid', 'Kompetanse'];
    const owners = [
      'Barneverntjenesten',
      'NAV-kontoret',
      'Legevakten',
      'Krisesenteret',
      'Ungdomsklubben Vik',
    ];
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Tiltak');
    sheet.addRow(['Satsingsområde', 'Tiltak', 'Ansvarlig', 'Frist']);
    for (let i = 0; i < 40; i += 1) {
      sheet.addRow([
        areas[i % 5],
        `Gjennomføre tiltak ${i + 1}`,
        owners[Math.floor(i / 8)],
        new Date(Date.UTC(2027, i % 12, 1)),
      ]);
    }
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const result = await call(ctx, 'measures.import', {
      docId,
      fileName: 'liste.xlsx',
      bytesBase64: base64(bytes),
    });
    expect(result).toMatchObject({ imported: 40, newFocusAreas: 0, newUnits: 1 });
    const plan = result.state.plan!;
    const numbers = measureNumbers(plan);
    plan.focusAreas.forEach((area, index) => {
      const inArea = plan.measures.filter((m) => m.focusAreaId === area.id);
      expect(inArea, area.title).toHaveLength(8);
      const expected = Array.from({ length: 40 }, (_, i) => i)
        .filter((i) => i % 5 === index)
        .map((i) => `Gjennomføre tiltak ${i + 1}`);
      expect(inArea.map((m) => m.title)).toEqual(expected);
      expect(numbers.get(inArea[0]!.id)).toBe(`${index + 1}.1`);
    });
    const unit = (id?: string) => plan.units.find((u) => u.id === id)?.name;
    const owned = Object.fromEntries(plan.measures.map((m) => [m.title, unit(m.leadOwnerUnitId)]));
    expect(owned['Gjennomføre tiltak 1']).toBe('Barneverntjenesten');
    expect(owned['Gjennomføre tiltak 12']).toBe('NAV-kontoret');
    expect(owned['Gjennomføre tiltak 40']).toBe('Ungdomsklubben Vik');
    expect(plan.measures.find((m) => m.title === 'Gjennomføre tiltak 3')?.deadline).toBe('2027-03-01');
  });

  it('reports an unreadable file in the preview and refuses to import it', async () => {
    const input = { docId, fileName: 'tiltak.xlsx', bytesBase64: base64(encodeUtf8('ikke et regneark')) };
    const preview = await call(ctx, 'measures.importPreview', input);
    expect(preview).toMatchObject({
      canImport: false,
      problems: [{ line: null, message: expect.stringMatching(/Excel-ark/) }],
    });
    const reply = await dispatch(ctx, 'measures.import', input);
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: expect.stringMatching(/^Ingen tiltak ble importert fra tiltak\.xlsx\. Kunne ikke lese/),
      },
    });
  });

  it('refuses to import into a plan open read-only', async () => {
    const second = await call(ctx, 'plan.open', { path });
    expect(second.readOnly).toBe(true);
    const reply = await dispatch(ctx, 'measures.import', {
      docId: second.docId,
      fileName: 'tiltak.csv',
      bytesBase64: base64(encodeUtf8(csv)),
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'read-only' } });
  });
});
