import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { bytesToBase64, MAX_UPLOAD_BYTES, readUpload } from './readUpload';

describe('readUpload', () => {
  it('encodes every byte value the same way Node does, also past one chunk', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('reads a chosen file into name and base64', async () => {
    const file = Object.assign(new Blob([new Uint8Array([80, 75, 3, 4])]), { name: 'Statusskjema.xlsx' });
    expect(await readUpload(file)).toEqual({ name: 'Statusskjema.xlsx', base64: 'UEsDBA==' });
  });

  it('refuses a file larger than the API accepts', async () => {
    const file = Object.assign(new Blob([new Uint8Array(MAX_UPLOAD_BYTES + 1)]), { name: 'stor.xlsx' });
    expect(await readUpload(file)).toBeNull();
  });
});
