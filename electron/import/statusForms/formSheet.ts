import type ExcelJS from 'exceljs';
import type { DocumentLanguage } from '../../export/docx/labels';
import { cellText } from '../../export/statusForms/cellValues';
import {
  columnHeader,
  type FixedColumnKey,
  LEADING_COLUMNS,
  MEASURE_ID_HEADER,
  META_SHEET,
  TRAILING_COLUMNS,
} from '../../export/statusForms/layout';

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
      if (cellText(row.getCell(c).value) === MEASURE_ID_HEADER) return r;
    }
  }
  return null;
}

/**
 * The form's columns, read from its header row: a fixed column by its key, whichever language the form is in,
 * and an indicator column by its header.
 */
export interface FormColumns {
  has(column: FixedColumnKey | string): boolean;
  /** The value in `row` in that column. */
  at(row: ExcelJS.Row, column: FixedColumnKey | string): ExcelJS.CellValue;
  /** How the form itself names a fixed column, for messages about it. */
  headerOf(key: FixedColumnKey): string;
  /** The language of the form's headers (Nynorsk when a header is in Nynorsk), so messages can quote its lists. */
  language: DocumentLanguage;
  /** The header, in the form's language, of a column the form must have but lacks, if any. */
  missing(): string | undefined;
}

const FIXED_COLUMNS = [...LEADING_COLUMNS, ...TRAILING_COLUMNS];

export function formColumns(sheet: ExcelJS.Worksheet, headerRow: number): FormColumns {
  const byHeader = new Map<string, number>();
  sheet.getRow(headerRow).eachCell((cell, col) => {
    const text = cellText(cell.value);
    if (text) byHeader.set(text, col);
  });
  const fixed = new Map<string, { col: number; header: string }>();
  for (const spec of FIXED_COLUMNS) {
    const header = [spec.header.nb, spec.header.nn].find((h) => byHeader.has(h));
    if (header) fixed.set(spec.key, { col: byHeader.get(header) as number, header });
  }
  const colOf = (column: string) => fixed.get(column)?.col ?? byHeader.get(column);
  const inNynorsk = FIXED_COLUMNS.some(
    (spec) => spec.header.nn !== spec.header.nb && fixed.get(spec.key)?.header === spec.header.nn,
  );
  const language = inNynorsk ? 'nn' : 'nb';
  return {
    has: (column) => colOf(column) !== undefined,
    at: (row, column) => row.getCell(colOf(column) as number).value,
    headerOf: (key) => fixed.get(key)?.header ?? columnHeader(key, language),
    missing: () => FIXED_COLUMNS.find((c) => !fixed.has(c.key))?.header[language],
    language,
  };
}
