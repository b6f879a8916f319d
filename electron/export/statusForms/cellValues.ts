import type ExcelJS from 'exceljs';

/** A cell's content as plain text, whatever Excel or LibreOffice stored (rich text, formula results, links). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((run) => run.text)
        .join('')
        .trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value && typeof value.text === 'string') return value.text.trim();
    if ('error' in value) return '';
  }
  return String(value).trim();
}

/** Excel dates come back as midnight UTC. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * A date cell as `YYYY-MM-DD`: a real date, an Excel serial number, or text written `31.08.2027`,
 * `31.8.27` or `2027-08-31`. `undefined` for an empty cell, `null` for something that is not a date.
 */
export function cellDate(value: ExcelJS.CellValue): string | null | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : isoDay(value);
  if (typeof value === 'number') {
    // Days since 1899-12-30, Excel's epoch (with its leap-year quirk already folded in).
    const date = new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000);
    return isoDay(date);
  }
  if (typeof value === 'object' && 'result' in value) return cellDate(value.result as ExcelJS.CellValue);
  const text = cellText(value);
  if (text === '') return undefined;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(text);
  let parts: [number, number, number] | null = null;
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (norwegian) {
    const year = norwegian[3] as string;
    parts = [
      year.length === 2 ? 2000 + Number(year) : Number(year),
      Number(norwegian[2]),
      Number(norwegian[1]),
    ];
  }
  if (!parts) return null;
  const [y, m, d] = parts;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return isoDay(date);
}
