import type { Adapter } from 'lowdb';
import type { PlanFile } from '../../core/schema/planFile';
import { writeFileDurably } from './durableWrite';
import { type Fingerprint, fingerprintOf } from './fingerprint';

/** How a plan file is laid out on disk: JSON with two-space indents, as people open it in a text editor. */
export function planFileText(file: PlanFile): string {
  return JSON.stringify(file, null, 2);
}

export function planFileBytes(file: PlanFile): Buffer {
  return Buffer.from(planFileText(file));
}

/**
 * lowdb's adapter for one plan file: every write is durable (see `writeFileDurably`) and leaves the fingerprint
 * of what it wrote, so the next write can tell whether someone else changed the file in between. Reading goes
 * through the store's own checked reader, never through lowdb.
 */
export class PlanFileAdapter implements Adapter<PlanFile> {
  lastWritten: Fingerprint | null = null;
  /** Runs after the new content is on disk beside the file and before it replaces it; throwing stops the write. */
  beforeReplacing: (() => Promise<void>) | null = null;

  constructor(private readonly file: string) {}

  async read(): Promise<PlanFile | null> {
    throw new Error('Plan files are read through readPlanFile, which checks them');
  }

  async write(data: PlanFile): Promise<void> {
    const text = planFileText(data);
    const written = await writeFileDurably(this.file, text, { beforeReplacing: this.beforeReplacing });
    this.lastWritten = await fingerprintOf(written, text);
  }
}
