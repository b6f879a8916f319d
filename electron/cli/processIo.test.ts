import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { processIo } from './processIo';

function collect(stream: PassThrough): () => string {
  let text = '';
  stream.on('data', (chunk) => {
    text += chunk;
  });
  return () => text;
}

describe('processIo', () => {
  it('prints each line through the sanitiser, so a title cannot send terminal escape sequences', () => {
    const out = new PassThrough();
    const err = new PassThrough();
    const printed = collect(out);
    const warned = collect(err);
    const io = processIo(out, err);
    io.out('Plan «\u001b]0;eid\u0007Trygg\u009b2J» \ud800klar');
    io.err('Feil\u0000');
    expect(printed()).toBe('Plan «]0;eidTrygg2J» klar\n');
    expect(warned()).toBe('Feil\n');
  });

  it('stops writing to a stream that failed, without throwing', () => {
    const out = new PassThrough();
    const printed = collect(out);
    const io = processIo(out, new PassThrough());
    io.out('første');
    out.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(() => io.out('andre')).not.toThrow();
    expect(printed()).toBe('første\n');
  });
});
