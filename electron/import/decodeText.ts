import { scanUtf8 } from './utf8Scan';

/** Windows-1252 bytes 0x80–0x9F (WHATWG index); the other bytes are the same code points as Latin-1. */
const C1_TO_CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Node 20.18.3+ and 22.13+ decode `windows-1252` as Latin-1 (nodejs/node#60888), turning «–», «€» and curly
 * quotes into control characters; map those back. A correct decoder leaves nothing here to map.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(C1_TO_CP1252[c.charCodeAt(0) - 0x80] as number));
}

/** A text file whose bytes are in no one encoding: valid UTF-8 in places and something else in others. */
export class MixedEncodingError extends Error {
  constructor(
    readonly line: number,
    encoding: 'UTF-8' | 'UTF-16' = 'UTF-8',
  ) {
    super(
      `Linje ${line} har tegn som ikke kan leses som ${encoding}, mens resten av filen er ${encoding}. Filen er trolig satt sammen av tekst med ulik tegnkoding, og æ, ø og å ville blitt feil. Åpne filen i Excel, lagre den som «CSV UTF-8 (kommadelt)» og prøv igjen.`,
    );
  }
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The 1-based line of the byte at `offset`: line feeds before it, plus one. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

function decodeUtf8(bytes: Uint8Array): string {
  const scan = scanUtf8(bytes);
  if (scan.firstInvalid !== null) throw new MixedEncodingError(lineAt(bytes, scan.firstInvalid));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** A BOM says UTF-8 or UTF-16, so a byte that does not fit is refused, at its line. */
function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder(encoding).decode(bytes);
    const bad = text.indexOf('\ufffd');
    throw new MixedEncodingError(text.slice(0, Math.max(0, bad)).split('\n').length, 'UTF-16');
  }
}

/**
 * Text of a CSV file as Norwegian users have it: UTF-8 with or without BOM (Excel's «CSV UTF-8»),
 * UTF-16 with BOM (Excel's «Unicode text»), or Windows-1252 (Excel's plain «CSV» on Norwegian Windows).
 * A file that is not valid UTF-8 is read as Windows-1252 only when it holds no UTF-8 letter of more than one
 * byte at all; a mix (UTF-8 «å» in one line, a stray byte in another) is refused with `MixedEncodingError`,
 * since reading it either way would garble some of its letters.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  const scan = scanUtf8(bytes);
  if (scan.firstInvalid === null) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (scan.multiByte > 0) throw new MixedEncodingError(lineAt(bytes, scan.firstInvalid));
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}
