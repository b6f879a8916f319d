import { readFile, unlink } from 'node:fs/promises';
import { uptime } from 'node:os';
import * as z from 'zod';
import { LockInfo } from '../../contract/lockInfo';
import { createFileExclusively } from './exclusiveFile';

/** Who opens plans from this program: the lock file names them to other users. */
export interface LockOwner {
  user: string;
  host: string;
}

/** The lock file's content. `session` tells this program's own locks apart from another window's. */
const LockFile = LockInfo.extend({ session: z.string().optional() });

export type LockResult =
  | { kind: 'owned' }
  | { kind: 'held'; lock: LockInfo }
  /** The folder cannot be written (read-only share, no permission, a full disk): the plan can only be read. */
  | { kind: 'unwritable'; error: NodeJS.ErrnoException };

/** A lock from another machine this old is probably left behind by a crash (nobody keeps a plan open for 12 hours). */
export const PROBABLY_STALE_AFTER_MS = 12 * 60 * 60 * 1000;

export function lockPathFor(planPath: string): string {
  return `${planPath}.lock`;
}

function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseLock(text: string): z.infer<typeof LockFile> | null {
  try {
    const parsed = LockFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A lock nobody holds any more: unreadable, or written on this machine by a process that is gone (or that
 * started before the machine last booted, so its pid may now belong to something else).
 */
function isStale(lock: z.infer<typeof LockFile> | null, owner: LockOwner): boolean {
  if (!lock) return true;
  if (lock.host !== owner.host || lock.pid === undefined) return false;
  const since = Date.parse(lock.since);
  const bootedAt = Date.now() - uptime() * 1000;
  if (Number.isFinite(since) && since < bootedAt) return true;
  return !isPidAlive(lock.pid);
}

async function readText(p: string): Promise<string | null> {
  try {
    return await readFile(p, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

const UNWRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT']);

/** Takes the lock on `planPath` for `session`, or says who holds it. */
export async function acquireLock(
  planPath: string,
  owner: LockOwner,
  session: string,
  now: Date,
): Promise<LockResult> {
  const lockPath = lockPathFor(planPath);
  const content = JSON.stringify(
    { user: owner.user, host: owner.host, pid: process.pid, since: now.toISOString(), session },
    null,
    2,
  );
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      if (await createFileExclusively(lockPath, content)) return { kind: 'owned' };
    } catch (error) {
      const errno = error as NodeJS.ErrnoException;
      if (errno.code && UNWRITABLE.has(errno.code)) return { kind: 'unwritable', error: errno };
      throw error;
    }
    const existing = await readText(lockPath);
    if (existing === null) continue; // released meanwhile: try again
    const lock = parseLock(existing);
    if (lock?.session === session) return { kind: 'owned' };
    if (lock && !isStale(lock, owner)) return { kind: 'held', lock: toInfo(lock, owner, now) };
    // Take over a stale lock only if it is still the very lock judged stale (another opener may have won).
    if ((await readText(lockPath)) === existing) await unlink(lockPath).catch(() => undefined);
  }
  // Five rounds lost to other openers: someone is busy with this plan right now.
  const lock = parseLock((await readText(lockPath)) ?? '');
  return {
    kind: 'held',
    lock: lock ? toInfo(lock, owner, now) : { user: 'ukjent', host: 'ukjent', since: now.toISOString() },
  };
}

function toInfo(lock: z.infer<typeof LockFile>, owner: LockOwner, now: Date): LockInfo {
  const since = Date.parse(lock.since);
  const stale =
    lock.host !== owner.host && Number.isFinite(since) && now.getTime() - since > PROBABLY_STALE_AFTER_MS;
  return {
    user: lock.user,
    host: lock.host,
    since: lock.since,
    ...(lock.pid !== undefined ? { pid: lock.pid } : {}),
    ...(stale ? { probablyStale: true } : {}),
  };
}

/**
 * Takes over the lock on `planPath` from whoever holds it («Overta»), but only if it is still the lock the user
 * was shown (held since `shownSince`): their lock file is removed and this session's created exclusively, so
 * of two people taking over at once only one wins. A lock that changed meanwhile is answered with `held`.
 */
export async function takeOverLock(
  planPath: string,
  owner: LockOwner,
  session: string,
  now: Date,
  shownSince: string,
): Promise<LockResult> {
  const lockPath = lockPathFor(planPath);
  const existing = await readText(lockPath);
  if (existing !== null) {
    const lock = parseLock(existing);
    if (lock?.session === session) return { kind: 'owned' };
    if (lock && lock.since !== shownSince) return { kind: 'held', lock: toInfo(lock, owner, now) };
    try {
      await unlink(lockPath);
    } catch (error) {
      const errno = error as NodeJS.ErrnoException;
      if (errno.code && UNWRITABLE.has(errno.code)) return { kind: 'unwritable', error: errno };
      if (errno.code !== 'ENOENT') throw error;
    }
  }
  return acquireLock(planPath, owner, session, now);
}

/** Removes the lock on `planPath` if (and only if) it is this session's. */
export async function releaseLock(planPath: string, session: string): Promise<void> {
  const lockPath = lockPathFor(planPath);
  const existing = await readText(lockPath).catch(() => null);
  if (existing !== null && parseLock(existing)?.session === session) {
    await unlink(lockPath).catch(() => undefined);
  }
}
