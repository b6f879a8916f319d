import ExcelJS from 'exceljs';
import type { CsvRecord } from './csv';
import { checkWorkbookLimits } from './workbookLimits';
import { UnreadableZipError } from './zipEntries';

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell's value as the text a user typed or sees: dates as ISO days, formulas by their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    // Excel dates carry no zone; exceljs gives them as UTC midnight.
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

export class UnreadableWorkbookError extends Error {}

/**
 * The first worksheet's rows, with their row numbers, as text cells. A workbook beyond the size limits is
 * refused with `WorkbookTooLargeError` before exceljs unpacks it.
 */
export async function readFirstSheet(bytes: Uint8Array): Promise<CsvRecord[]> {
  try {
    await checkWorkbookLimits(bytes);
  } catch (error) {
    if (error instanceof UnreadableZipError) throw new UnreadableWorkbookError(error.message);
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
    );
  } catch (error) {
    throw new UnreadableWorkbookError(error instanceof Error ? error.message : String(error));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const records: CsvRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    records.push({ line: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
  });
  return records;
}
