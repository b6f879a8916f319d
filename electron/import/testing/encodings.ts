/** Hand-written Windows-1252 encoder for the letters our tests use, as Norwegian Excel writes CSV. */
const CP1252: Record<string, number> = {
  æ: 0xe6,
  ø: 0xf8,
  å: 0xe5,
  Æ: 0xc6,
  Ø: 0xd8,
  Å: 0xc5,
  '–': 0x96,
  é: 0xe9,
};

export function encodeWindows1252(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x80) return code;
    const byte = CP1252[char];
    if (byte === undefined) throw new Error(`No Windows-1252 byte for ${char} in this test encoder`);
    return byte;
  });
}

export function encodeUtf8(text: string, bom = false): Uint8Array {
  const body = new TextEncoder().encode(text);
  return bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
}
