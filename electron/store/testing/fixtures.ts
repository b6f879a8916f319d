import { readFile, stat, writeFile } from 'node:fs/promises';
import { wrapPlanFile } from '../../../core/plan/create';
import type { Plan } from '../../../core/schema/plan';
import { ApiError } from '../../api/errors';

/** Writes a plan file directly, as another program (or an older session) would have left it. */
export async function writePlanFileRaw(path: string, plan: Plan): Promise<Buffer> {
  const bytes = Buffer.from(JSON.stringify(wrapPlanFile(plan), null, 2));
  await writeFile(path, bytes);
  return bytes;
}

export interface Fingerprint {
  bytes: Buffer;
  mtimeMs: number;
  ino: number;
}

/** What proves a file was left alone: its bytes, its modification time and its inode (a rename changes it). */
export async function fingerprint(path: string): Promise<Fingerprint> {
  const info = await stat(path);
  return { bytes: await readFile(path), mtimeMs: info.mtimeMs, ino: info.ino };
}

/** The ApiError a promise rejects with (fails the test if it resolves or throws something else). */
export async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError, but the call succeeded');
}

/** The ApiError a synchronous call throws. */
export function apiErrorOfSync(work: () => unknown): ApiError {
  try {
    work();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError, but the call succeeded');
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
