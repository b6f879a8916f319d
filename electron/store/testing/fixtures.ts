import { readFile, stat, writeFile } from 'node:fs/promises';
import type { ApiErrorBody } from '../../../contract/errors';
import { wrapPlanFile } from '../../../core/plan/create';
import type { Plan } from '../../../core/schema/plan';

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

/** An error as every layer throws it: a body with a code and a Norwegian message (ApiError, StoreError …). */
export interface ErrorWithBody extends Error {
  body: ApiErrorBody;
}

function hasBody(error: unknown): error is ErrorWithBody {
  return error instanceof Error && typeof (error as Partial<ErrorWithBody>).body?.code === 'string';
}

/** The error a promise rejects with (fails the test if it resolves or throws something without a body). */
export async function apiErrorOf(promise: Promise<unknown>): Promise<ErrorWithBody> {
  try {
    await promise;
  } catch (error) {
    if (hasBody(error)) return error;
    throw error;
  }
  throw new Error('expected an error with a body, but the call succeeded');
}

/** The error a synchronous call throws. */
export function apiErrorOfSync(work: () => unknown): ErrorWithBody {
  try {
    work();
  } catch (error) {
    if (hasBody(error)) return error;
    throw error;
  }
  throw new Error('expected an error with a body, but the call succeeded');
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
