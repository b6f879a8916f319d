import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** A small real measure list, as Excel would save it. */
export async function plainWorkbook(rows: ExcelJS.CellValue[][] = [['Tiltak'], ['Lage rutine']]) {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Tiltak').addRows(rows);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * A real workbook whose first sheet is padded until it unpacks to `megabytes` MB: a few hundred KB on disk,
 * as a crafted «zip bomb» spreadsheet is. Padding is whitespace between rows, which XML allows.
 */
export async function inflatingWorkbook(megabytes: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await plainWorkbook());
  const sheet = 'xl/worksheets/sheet1.xml';
  const xml = (await zip.file(sheet)?.async('string')) ?? '';
  const padding = ' '.repeat(megabytes * 1024 * 1024);
  zip.file(sheet, xml.replace('<sheetData>', `<sheetData>${padding}`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * The same archive with every size in its zip directory and local headers rewritten to `declared` bytes: the
 * lie a crafted archive tells to get past a check that only reads the directory.
 */
export function withDeclaredSizes(bytes: Uint8Array, declared: number): Uint8Array {
  const copy = Uint8Array.from(bytes);
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 4 <= copy.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, declared, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, declared, true);
  }
  return copy;
}

/** A measure list of `count` rows (plus the header). */
export function longWorkbook(count: number): Promise<Uint8Array> {
  return plainWorkbook([['Tiltak'], ...Array.from({ length: count }, (_, i) => [`Tiltak ${i + 1}`])]);
}
