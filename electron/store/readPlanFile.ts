import { readFile, stat } from 'node:fs/promises';
import { checkPlanFileText, type PlanFileCheck } from '../../core/validation';
import { type Fingerprint, hashOf } from './fingerprint';
import type { PlanBackups } from './planBackups';
import { StoreError } from './storeError';
import * as messages from './storeMessages';

/** A plan file read from disk and checked. */
export interface ReadPlan {
  text: string;
  check: Extract<PlanFileCheck, { ok: true }>;
  fingerprint: Fingerprint;
}

export function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

export function reasonOf(error: unknown): string {
  return errnoCode(error) ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Reads and checks a plan file; throws the StoreError the user sees for a missing or broken file. A file from a
 * newer Planhjulet is read as far as this version understands it and marked `check.newer`: it may only be read.
 */
export async function readPlanFile(absolute: string, backups: PlanBackups): Promise<ReadPlan> {
  let bytes: Buffer;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    bytes = await readFile(absolute);
    info = await stat(absolute);
  } catch (error) {
    const code = errnoCode(error);
    throw new StoreError({
      code: 'not-found',
      message:
        code === 'ENOENT' || code === 'ENOTDIR'
          ? messages.notFoundMessage(absolute)
          : messages.unreadableMessage(absolute, reasonOf(error)),
      path: absolute,
    });
  }
  const text = bytes.toString('utf8');
  const check = checkPlanFileText(text, { allowNewer: true });
  if (!check.ok) {
    const list = await backups.list(absolute).catch(() => []);
    throw new StoreError({
      code: 'invalid-plan-file',
      message: messages.invalidPlanFileMessage(absolute, check.problems, list),
      problems: check.problems,
      backups: list,
      path: absolute,
    });
  }
  return {
    text,
    check,
    fingerprint: { size: bytes.length, mtimeMs: info.mtimeMs, ino: info.ino, hash: () => hashOf(bytes) },
  };
}
