/** One file inside a zip archive as its central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not used by spreadsheet programs. */
  method: number;
  compressedSize: number;
  /** What the archive claims; a crafted archive may lie, so readers must still bound what they inflate. */
  declaredSize: number;
  /** Where the entry's data starts in the archive. */
  dataOffset: number;
}

/** Bytes that are not a zip archive this reader can follow (no directory, offsets outside the file). */
export class UnreadableZipError extends Error {}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** A size field holding this is a ZIP64 archive (entries of 4 GB or more). */
export const ZIP64_MARK = 0xffffffff;

/**
 * The entries of a zip archive, read from its central directory without inflating anything, so that a caller
 * can refuse an archive before any library unpacks it.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const inside = (at: number, length: number) => at >= 0 && at + length <= bytes.length;
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (u32(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new UnreadableZipError('No end of central directory');
  const count = u16(end + 10);
  let at = u32(end + 16);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i += 1) {
    if (!inside(at, 46) || u32(at) !== DIRECTORY_ENTRY)
      throw new UnreadableZipError('Broken central directory');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const local = u32(at + 42);
    if (!inside(at + 46, nameLength) || !inside(local, 30) || u32(local) !== LOCAL_HEADER) {
      throw new UnreadableZipError('Broken entry');
    }
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      declaredSize: u32(at + 24),
      dataOffset: local + 30 + u16(local + 26) + u16(local + 28),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
