/**
 * What a byte-by-byte look at a file says about UTF-8: where the first invalid byte is, and how many letters it
 * holds that UTF-8 writes with more than one byte (æ, ø, å, «–» …).
 */
export interface Utf8Scan {
  /** Offset of the first byte that cannot be UTF-8, or null when the whole file is valid UTF-8. */
  firstInvalid: number | null;
  /** Valid sequences of two to four bytes in the whole file. */
  multiByte: number;
}

/** The allowed range of the second byte after each lead byte (RFC 3629, table 3-7 of the Unicode standard). */
function secondByteRange(lead: number): [number, number] | null {
  if (lead >= 0xc2 && lead <= 0xdf) return [0x80, 0xbf];
  if (lead === 0xe0) return [0xa0, 0xbf];
  if ((lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef) return [0x80, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f]; // no surrogates
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [0x80, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f]; // nothing above U+10FFFF
  return null;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xf0) return 4;
  if (lead >= 0xe0) return 3;
  return 2;
}

/**
 * Walks the bytes once as a strict UTF-8 decoder would, noting the first byte it would refuse and counting the
 * valid multi-byte sequences of the whole file (an invalid byte is stepped over, the walk goes on).
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalid: number | null = null;
  let multiByte = 0;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const range = secondByteRange(lead);
    const length = sequenceLength(lead);
    const second = bytes[i + 1];
    let valid = range !== null && second !== undefined && second >= range[0] && second <= range[1];
    for (let k = 2; valid && k < length; k += 1) {
      const next = bytes[i + k];
      valid = next !== undefined && next >= 0x80 && next <= 0xbf;
    }
    if (valid) {
      multiByte += 1;
      i += length;
    } else {
      firstInvalid ??= i;
      i += 1;
    }
  }
  return { firstInvalid, multiByte };
}
