import { describe, expect, it } from 'vitest';
import { bytesToBase64, fileToBase64 } from './fileBase64';

describe('file bytes as base64', () => {
  it('encodes Windows-1252 and UTF-8 bytes exactly, also beyond one chunk', async () => {
    const latin = Uint8Array.from([0x54, 0x69, 0x6c, 0x74, 0x61, 0x6b, 0x3b, 0xe6, 0xf8, 0xe5]);
    expect(Buffer.from(bytesToBase64(latin), 'base64')).toEqual(Buffer.from(latin));
    const big = new Uint8Array(100_000).map((_, i) => i % 256);
    expect(Buffer.from(await fileToBase64(new Blob([big])), 'base64').equals(Buffer.from(big))).toBe(true);
  });
});
