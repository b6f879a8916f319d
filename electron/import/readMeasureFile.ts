import type { MeasureTable } from '../../core/import/measureRows';
import { type Message, message } from '../../core/messages/message';
import { parseCsv } from './csv';
import { decodeText, MixedEncodingError } from './decodeText';
import { WorkbookTooLargeError } from './workbookLimits';
import { readFirstSheet, UnreadableWorkbookError } from './xlsx';

/** The table, or why the file cannot be read (a message by id; see core/import/messages). */
export type MeasureFileRead = { ok: true; table: MeasureTable } | { ok: false; text: Message };

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
        return {
          ok: false,
          text: message('import.file-unreadable', { file: fileName, reason: error.message }),
        };
      }
      if (!(error instanceof UnreadableWorkbookError)) throw error;
      return { ok: false, text: message('import.file-not-xlsx', { file: fileName }) };
    }
  }
  if (lower.endsWith('.xls')) {
    return { ok: false, text: message('import.file-old-xls', { file: fileName }) };
  }
  if (looksLikeZip) {
    return { ok: false, text: message('import.file-looks-like-xlsx', { file: fileName }) };
  }
  if (!lower.endsWith('.csv') && !lower.endsWith('.txt')) {
    return { ok: false, text: message('import.file-type-unsupported', { file: fileName }) };
  }
  try {
    return { ok: true, table: { rows: parseCsv(decodeText(bytes).text) } };
  } catch (error) {
    if (!(error instanceof MixedEncodingError)) throw error;
    return { ok: false, text: message('import.file-unreadable', { file: fileName, reason: error.message }) };
  }
}
