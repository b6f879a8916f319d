import { describe, expect, it } from 'vitest';
import { decodeText, MixedEncodingError } from './decodeText';
import { encodeUtf8, encodeWindows1252 } from './testing/encodings';
import { scanUtf8 } from './utf8Scan';

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

describe('decodeText refuses a file of mixed encodings', () => {
  it('refuses valid UTF-8 letters with a stray byte, naming the first bad line', () => {
    const bytes = Uint8Array.from([
      ...encodeUtf8('Tiltak;Ansvarlig\nØke kompetansen på vold;Helsestasjonen for små barn\nKurs'),
      0xff,
      ...encodeUtf8(';NAV\n'),
    ]);
    expect(() => decodeText(bytes)).toThrow(MixedEncodingError);
    expect(() => decodeText(bytes)).toThrow(/^Linje 3 har tegn som ikke kan leses som UTF-8/);
  });

  it('refuses a stray byte after a UTF-8 BOM even when no other letter needs more than one byte', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...encodeUtf8('Tiltak\nKurs\n'), 0xe5, 0x0a]);
    expect(() => decodeText(bytes)).toThrow(/^Linje 3 /);
  });

  it('refuses UTF-16 with a lone surrogate half', () => {
    const body = Buffer.from('Tiltak\nKurs \ud800 her', 'utf16le');
    expect(() => decodeText(Uint8Array.from([0xff, 0xfe, ...body]))).toThrow(/^Linje 2 .* UTF-16/);
  });

  it('still reads Windows-1252 whose bytes happen to hold no UTF-8 sequence', () => {
    expect(decodeText(encodeWindows1252('Tiltak\nÅpne kurs – også for nyansatte')).encoding).toBe(
      'windows-1252',
    );
  });
});

describe('scanUtf8', () => {
  it.each([
    ['an overlong «/»', [0xc0, 0xaf]],
    ['an encoded surrogate half', [0xed, 0xa0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut off at the end', [0xe2, 0x80]],
    ['a continuation byte on its own', [0x96]],
  ])('finds %s', (_name, bytes) => {
    expect(scanUtf8(Uint8Array.from([0x41, ...bytes])).firstInvalid).toBe(1);
  });

  it('counts valid sequences of two, three and four bytes in the whole file', () => {
    const scan = scanUtf8(Uint8Array.from([...encodeUtf8('å – 😀'), 0xff, ...encodeUtf8('ø')]));
    expect(scan).toEqual({ firstInvalid: 11, multiByte: 4 });
  });
});
