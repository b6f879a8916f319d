import { describe, expect, it } from 'vitest';
import { decodeText } from './decodeText';
import { encodeUtf8, encodeWindows1252 } from './testing/encodings';

const TEXT = 'Satsingsområde;Tiltak\nÆresrelatert vold;Lære opp ansatte i Øvre Årdal – også nyansatte';

describe('decodeText', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decodeText(encodeUtf8(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    expect(decodeText(encodeUtf8(TEXT, true))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads Windows-1252 as Norwegian Excel writes it', () => {
    const bytes = encodeWindows1252(TEXT);
    expect(bytes).toContain(0xe5); // å as one byte: invalid UTF-8
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'windows-1252' });
  });

  it('reads the Windows-1252 punctuation bytes 0x80–0x9F as the characters Excel meant', () => {
    const bytes = Uint8Array.from([0x80, 0x20, 0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x85]);
    expect(decodeText(bytes).text).toBe('€ \u201cA\u201d – …');
  });

  it('reads UTF-16 with BOM (Excel’s «Unicode text»)', () => {
    const body = Buffer.from(TEXT, 'utf16le');
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...body]))).toEqual({ text: TEXT, encoding: 'utf-16le' });
  });

  it('treats plain ASCII as UTF-8', () => {
    expect(decodeText(encodeUtf8('Tiltak\nLage rutine')).encoding).toBe('utf-8');
  });
});
