import type { MeasureTable } from '../../core/import/measureRows';
import { parseCsv } from './csv';
import { decodeText, MixedEncodingError } from './decodeText';
import { WorkbookTooLargeError } from './workbookLimits';
import { readFirstSheet, UnreadableWorkbookError } from './xlsx';

export type MeasureFileRead = { ok: true; table: MeasureTable } | { ok: false; message: string };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Reads a measure list: `.xlsx` by its first sheet, `.csv`/`.txt` as text in any of the usual encodings. */
export async function readMeasureFile(fileName: string, bytes: Uint8Array): Promise<MeasureFileRead> {
  const lower = fileName.toLowerCase();
  const looksLikeZip = ZIP_MAGIC.every((b, i) => bytes[i] === b);
  if (lower.endsWith('.xlsx') || (looksLikeZip && !lower.endsWith('.csv'))) {
    try {
      return { ok: true, table: { rows: await readFirstSheet(bytes) } };
    } catch (error) {
      if (error instanceof WorkbookTooLargeError) {
        return { ok: false, message: `Kunne ikke lese ${fileName}. ${error.message}` };
      }
      if (!(error instanceof UnreadableWorkbookError)) throw error;
      return {
        ok: false,
        message: `Kunne ikke lese ${fileName} som et Excel-ark (.xlsx). Lagre arket på nytt i Excel, eller lagre det som CSV.`,
      };
    }
  }
  if (lower.endsWith('.xls')) {
    return {
      ok: false,
      message: `${fileName} er i det gamle Excel-formatet (.xls). Lagre arket som .xlsx eller CSV og prøv igjen.`,
    };
  }
  if (looksLikeZip) {
    return {
      ok: false,
      message: `${fileName} ser ut som et Excel-ark. Gi filen endelsen .xlsx og prøv igjen.`,
    };
  }
  if (!lower.endsWith('.csv') && !lower.endsWith('.txt')) {
    return {
      ok: false,
      message: `Planhjulet kan importere tiltak fra CSV- og Excel-filer (.csv, .xlsx), ikke ${fileName}.`,
    };
  }
  try {
    return { ok: true, table: { rows: parseCsv(decodeText(bytes).text) } };
  } catch (error) {
    if (!(error instanceof MixedEncodingError)) throw error;
    return { ok: false, message: `Kunne ikke lese ${fileName}. ${error.message}` };
  }
}
