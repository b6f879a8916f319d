import ExcelJS from 'exceljs';
import { cellText } from '../cellValues';
import { FORM_SHEET, HEADER_ROW } from '../layout';

/** What an owner writes in a form row, by column header («Status», «Begrunnelse», …). */
export type RowAnswers = Record<string, ExcelJS.CellValue>;

/**
 * Fills in a status form the way a measure owner would in Excel: finds each measure's row by its number and
 * writes into the named columns. Returns the saved workbook.
 */
export async function fillStatusForm(
  bytes: Uint8Array,
  answers: Record<string, RowAnswers>,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(FORM_SHEET);
  if (!sheet) throw new Error('no status sheet');
  const columns = new Map<string, number>();
  sheet.getRow(HEADER_ROW).eachCell((cell, col) => columns.set(cellText(cell.value), col));
  const numberColumn = columns.get('Nr.') as number;
  const filled = new Set<string>();
  for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const number = cellText(row.getCell(numberColumn).value);
    const answer = answers[number];
    if (!answer) continue;
    for (const [header, value] of Object.entries(answer)) {
      const col = columns.get(header);
      if (col === undefined) throw new Error(`no column ${header}`);
      row.getCell(col).value = value;
    }
    filled.add(number);
  }
  const missing = Object.keys(answers).filter((n) => !filled.has(n));
  if (missing.length > 0) throw new Error(`measures not in the form: ${missing.join(', ')}`);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The row number a measure has in a form. */
export async function rowOfMeasure(bytes: Uint8Array, number: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(FORM_SHEET);
  for (let r = HEADER_ROW + 1; r <= (sheet?.rowCount ?? 0); r += 1) {
    if (cellText(sheet?.getRow(r).getCell(2).value ?? null) === number) return r;
  }
  throw new Error(`measure ${number} not in the form`);
}
