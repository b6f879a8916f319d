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

/**
 * Text of a CSV file as Norwegian users have it: UTF-8 with or without BOM (Excel's «CSV UTF-8»),
 * UTF-16 with BOM (Excel's «Unicode text»), or Windows-1252 (Excel's plain «CSV» on Norwegian Windows).
 * Bytes that are not valid UTF-8 are read as Windows-1252, which decodes any byte.
 */
export function decodeText(bytes: Uint8Array): {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
} {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
