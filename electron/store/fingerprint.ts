import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

/**
 * What says a file is still the one we last read or wrote: its size, time, inode (a rename changes it) and the
 * hash of its content. The hash is worked out only when it is needed (a file whose size, time or inode moved),
 * so a save does not pay for it.
 */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  ino: number;
  hash(): string;
}

export function hashOf(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}

function lazyHash(content: Uint8Array | string): () => string {
  let hash: string | null = null;
  return () => {
    hash ??= hashOf(content);
    return hash;
  };
}

/** The fingerprint of `path` as it is now, whose content is `content`. */
export async function fingerprintOf(path: string, content: Uint8Array | string): Promise<Fingerprint> {
  const info = await stat(path);
  return { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, hash: lazyHash(content) };
}

export type DiskState =
  | { kind: 'unchanged'; fingerprint: Fingerprint }
  | { kind: 'changed'; bytes: Buffer; fingerprint: Fingerprint }
  | { kind: 'missing' };

/**
 * Compares the file with `known`. Size, time and inode are checked first; only when one of them differs is the
 * file read and hashed, so a file touched but not changed (a sync client's second write of the same bytes)
 * counts as unchanged.
 */
export async function diskStateOf(path: string, known: Fingerprint | null): Promise<DiskState> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  if (known && info.size === known.size && info.mtimeMs === known.mtimeMs && info.ino === known.ino) {
    return { kind: 'unchanged', fingerprint: known };
  }
  const bytes = await readFile(path);
  const fingerprint = { size: bytes.length, mtimeMs: info.mtimeMs, ino: info.ino, hash: lazyHash(bytes) };
  if (known && fingerprint.hash() === known.hash()) return { kind: 'unchanged', fingerprint };
  return { kind: 'changed', bytes, fingerprint };
}
