import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from '../../core/messages/catalogues';
import { type MeasureFileRead, readMeasureFile } from './readMeasureFile';
import { encodeUtf8, encodeWindows1252 } from './testing/encodings';
import { inflatingWorkbook, longWorkbook } from './testing/inflatingWorkbook';

/** Why a file could not be read, in Bokmål; null when it could. */
const said = (read: MeasureFileRead) => (read.ok ? null : formatCoreMessage(read.text));

async function workbook(
  rows: ExcelJS.CellValue[][],
  secondSheet: ExcelJS.CellValue[][] = [],
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Tiltak').addRows(rows);
  book.addWorksheet('Notater').addRows(secondSheet);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const CSV = 'Satsingsområde;Tiltak;Ansvarlig\n1;Lære opp ansatte;Barneverntjenesten\n';

describe('readMeasureFile', () => {
  it('reads CSV in UTF-8, UTF-8 with BOM and Windows-1252 to the same rows', async () => {
    const expected = {
      ok: true,
      table: {
        rows: [
          { line: 1, cells: ['Satsingsområde', 'Tiltak', 'Ansvarlig'] },
          { line: 2, cells: ['1', 'Lære opp ansatte', 'Barneverntjenesten'] },
        ],
      },
    };
    expect(await readMeasureFile('tiltak.csv', encodeUtf8(CSV))).toEqual(expected);
    expect(await readMeasureFile('tiltak.csv', encodeUtf8(CSV, true))).toEqual(expected);
    expect(await readMeasureFile('TILTAK.CSV', encodeWindows1252(CSV))).toEqual(expected);
  });

  it('reads comma-separated CSV with quoted fields', async () => {
    const text = 'Tiltak,Samarbeidspartnere\n"Lage rutine, også for eldre","NAV, Politiet"\n';
    const read = await readMeasureFile('tiltak.txt', encodeUtf8(text));
    expect(read).toMatchObject({
      ok: true,
      table: { rows: [{}, { cells: ['Lage rutine, også for eldre', 'NAV, Politiet'] }] },
    });
  });

  it('reads the first sheet of an XLSX file, with dates, numbers, rich text and formulas as text', async () => {
    const bytes = await workbook([
      ['Satsingsområde', 'Tiltak', 'Frist', 'Tidsrom', 'Ansvarlig'],
      [
        2,
        { richText: [{ text: 'Lage ' }, { text: 'rutine', font: { bold: true } }] },
        new Date(Date.UTC(2027, 5, 30)),
        '2026-2029',
        'NAV',
      ],
      [],
      ['1', 'Gi kurs', '31.12.2027', 2027, { formula: '"Sko"&"lene"', result: 'Skolene' }],
    ]);
    const read = await readMeasureFile('tiltak.xlsx', bytes);
    expect(read).toEqual({
      ok: true,
      table: {
        rows: [
          { line: 1, cells: ['Satsingsområde', 'Tiltak', 'Frist', 'Tidsrom', 'Ansvarlig'] },
          { line: 2, cells: ['2', 'Lage rutine', '2027-06-30', '2026-2029', 'NAV'] },
          { line: 4, cells: ['1', 'Gi kurs', '31.12.2027', '2027', 'Skolene'] },
        ],
      },
    });
  });

  it('reads only the first sheet', async () => {
    const bytes = await workbook([['Tiltak'], ['Etablere team']], [['Tiltak'], ['Ikke dette']]);
    const read = await readMeasureFile('tiltak.xlsx', bytes);
    expect(read).toMatchObject({
      ok: true,
      table: { rows: [{ cells: ['Tiltak'] }, { cells: ['Etablere team'] }] },
    });
  });

  it('explains files it cannot read', async () => {
    expect(said(await readMeasureFile('tiltak.xlsx', encodeUtf8('not a zip')))).toEqual(
      expect.stringMatching(/Kunne ikke lese tiltak\.xlsx som et Excel-ark/),
    );
    expect(said(await readMeasureFile('tiltak.xls', new Uint8Array([0xd0, 0xcf])))).toEqual(
      expect.stringMatching(/gamle Excel-formatet/),
    );
    expect(said(await readMeasureFile('tiltak.pdf', encodeUtf8('%PDF')))).toEqual(
      expect.stringMatching(/CSV- og Excel-filer/),
    );
  });

  it('refuses a CSV file of mixed encodings, naming the first bad line, instead of garbling its letters', async () => {
    const bytes = Uint8Array.from([
      ...encodeUtf8(CSV),
      ...encodeUtf8('1;Kurs'),
      0xff,
      ...encodeUtf8(';NAV\n'),
    ]);
    expect(said(await readMeasureFile('tiltak.csv', bytes))).toEqual(
      expect.stringMatching(/^Kunne ikke lese tiltak\.csv\. Linje 3 har tegn som ikke kan leses som UTF-8/),
    );
  });

  it('refuses a spreadsheet beyond the size or row limit before reading it, naming the limit', async () => {
    expect(said(await readMeasureFile('tiltak.xlsx', await inflatingWorkbook(60)))).toEqual(
      expect.stringMatching(/^Kunne ikke lese tiltak\.xlsx\. Regnearket er for stort: .*50 MB/),
    );
    expect(said(await readMeasureFile('tiltak.xlsx', await longWorkbook(12_000)))).toEqual(
      expect.stringMatching(/mer enn 10\s000 rader/),
    );
  });
});
