import type ExcelJS from 'exceljs';
import { cellText } from '../../export/statusForms/cellValues';
import { LEADING_COLUMNS, META_SHEET, TRAILING_COLUMNS } from '../../export/statusForms/layout';

/** The facts the form carries on its hidden sheet (plan, period, unit, form version). */
export function readMeta(workbook: ExcelJS.Workbook): Record<string, string> {
  const sheet = workbook.getWorksheet(META_SHEET);
  const facts: Record<string, string> = {};
  sheet?.eachRow((row) => {
    const key = cellText(row.getCell(1).value);
    if (key) facts[key] = cellText(row.getCell(2).value);
  });
  return facts;
}

export function findHeaderRow(sheet: ExcelJS.Worksheet): number | null {
  for (let r = 1; r <= Math.min(sheet.rowCount, 30); r += 1) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= Math.min(row.cellCount, 5); c += 1) {
      if (cellText(row.getCell(c).value) === 'Tiltaks-id') return r;
    }
  }
  return null;
}

/** The form's columns by header, read from its header row. */
export interface FormColumns {
  has(header: string): boolean;
  /** The value in `row` under `header`. */
  at(row: ExcelJS.Row, header: string): ExcelJS.CellValue;
  /** A column the form must have but lacks, if any. */
  missing(): string | undefined;
}

export function formColumns(sheet: ExcelJS.Worksheet, headerRow: number): FormColumns {
  const columns = new Map<string, number>();
  sheet.getRow(headerRow).eachCell((cell, col) => {
    const text = cellText(cell.value);
    if (text) columns.set(text, col);
  });
  return {
    has: (header) => columns.has(header),
    at: (row, header) => row.getCell(columns.get(header) as number).value,
    missing: () => [...LEADING_COLUMNS, ...TRAILING_COLUMNS].find((c) => !columns.has(c.header))?.header,
  };
}
