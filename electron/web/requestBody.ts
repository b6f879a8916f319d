import type { IncomingMessage } from 'node:http';

/** A body beyond the limit. It has been read to its end and dropped, so the answer can still reach the client. */
export class BodyTooLarge extends Error {}

/**
 * The request body, at most `limit` bytes. A longer body is not kept but still read to its end before the
 * promise rejects: closing a connection the client is still writing to resets it, and the client would never
 * see the 413 answer. The server's request timeout bounds how long a sender can keep that going.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(req.headers['content-length']);
    let tooLarge = Number.isFinite(declared) && declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.on('end', () => (tooLarge ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}
