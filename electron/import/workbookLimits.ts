import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { UnreadableZipError, ZIP64_MARK, type ZipEntry, zipEntries } from './zipEntries';

const inflate = promisify(inflateRaw);

/** What Planhjulet unpacks of one spreadsheet at most; a measure list or status form is far below both. */
export const WORKBOOK_LIMITS = { unpackedBytes: 50 * 1024 * 1024, rows: 10_000 };

export type WorkbookLimits = typeof WORKBOOK_LIMITS;

/** A spreadsheet beyond the limits, refused before any part of it is parsed. Its message is for the user. */
export class WorkbookTooLargeError extends Error {}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const count = (n: number) => n.toLocaleString('nb-NO');

function tooBig(limits: WorkbookLimits): WorkbookTooLargeError {
  return new WorkbookTooLargeError(
    `Regnearket er for stort: pakket ut er det mer enn ${megabytes(limits.unpackedBytes)}, og Planhjulet leser ikke regneark over ${megabytes(limits.unpackedBytes)}. Fjern bilder og ark som ikke trengs, eller del det i flere filer.`,
  );
}

/** The entry's bytes, inflating at most `budget` + 1 of them, so a lying size cannot fill the memory. */
async function unpack(bytes: Uint8Array, entry: ZipEntry, budget: number): Promise<Uint8Array | null> {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new UnreadableZipError(`Entry ${entry.name} is cut off`);
  if (entry.method === 0) return data.length > budget ? null : data;
  if (entry.method !== 8) throw new UnreadableZipError(`Entry ${entry.name} uses method ${entry.method}`);
  try {
    return await inflate(data, { maxOutputLength: budget + 1 }).then((out) =>
      out.length > budget ? null : out,
    );
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw new UnreadableZipError(`Entry ${entry.name} does not inflate`);
  }
}

/** Rows in a worksheet part: `<row …>` elements, with or without a namespace prefix. */
function rowsIn(xml: Uint8Array): number {
  return new TextDecoder().decode(xml).match(/<(?:[\w.-]+:)?row[\s>/]/g)?.length ?? 0;
}

/**
 * Refuses a spreadsheet (.xlsx) whose unpacked size or number of rows is beyond `limits`, naming the limit,
 * before a parser sees it: first by the sizes its zip directory declares, then by actually unpacking each
 * part within what is left of the budget. Throws `UnreadableZipError` for bytes that are not such a zip.
 */
export async function checkWorkbookLimits(bytes: Uint8Array, limits = WORKBOOK_LIMITS): Promise<void> {
  const entries = zipEntries(bytes);
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
  if (entries.some((e) => e.declaredSize === ZIP64_MARK || e.compressedSize === ZIP64_MARK))
    throw tooBig(limits);
  if (declared > limits.unpackedBytes) throw tooBig(limits);
  let unpacked = 0;
  let rows = 0;
  for (const entry of entries) {
    const content = await unpack(bytes, entry, limits.unpackedBytes - unpacked);
    if (content === null) throw tooBig(limits);
    unpacked += content.length;
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name)) rows += rowsIn(content);
    if (rows > limits.rows) {
      throw new WorkbookTooLargeError(
        `Regnearket har mer enn ${count(limits.rows)} rader, og Planhjulet leser ikke regneark med over ${count(limits.rows)} rader. Del listen i flere filer.`,
      );
    }
  }
}
