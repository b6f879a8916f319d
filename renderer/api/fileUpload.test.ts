import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { bytesToBase64, fileToBase64, MAX_FILE_BYTES, readUpload } from './fileUpload';

describe('files sent from the page', () => {
  it('encode Windows-1252 and UTF-8 bytes exactly, also beyond one chunk', async () => {
    const latin = Uint8Array.from([0x54, 0x69, 0x6c, 0x74, 0x61, 0x6b, 0x3b, 0xe6, 0xf8, 0xe5]);
    expect(Buffer.from(bytesToBase64(latin), 'base64')).toEqual(Buffer.from(latin));
    const big = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(await fileToBase64(new Blob([big]))).toBe(Buffer.from(big).toString('base64'));
  });

  it('read a chosen file into name and base64', async () => {
    const file = Object.assign(new Blob([new Uint8Array([80, 75, 3, 4])]), { name: 'Statusskjema.xlsx' });
    expect(await readUpload(file)).toEqual({ name: 'Statusskjema.xlsx', base64: 'UEsDBA==' });
  });

  it('refuse a file larger than the API takes', async () => {
    const file = Object.assign(new Blob([new Uint8Array(MAX_FILE_BYTES + 1)]), { name: 'stor.xlsx' });
    expect(await readUpload(file)).toBeNull();
  });
});
