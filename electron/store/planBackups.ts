import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BackupEntry } from '../../contract/errors';
import { PLAN_FILE_EXTENSION } from '../../core/schema/planFile';
import { checkPlanFileText } from '../../core/validation';
import { OWNER_ONLY, OWNER_ONLY_FOLDER } from './durableWrite';
import { planFileStem, slugify } from './paths';

const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:_(\d+))?\.planhjul\.json$/;

interface BackupName {
  id: string;
  createdAt: Date;
  seq: number;
}

function parseBackupName(id: string): BackupName | null {
  const m = BACKUP_NAME.exec(id);
  if (!m) return null;
  const createdAt = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  return { id, createdAt, seq: m[6] ? Number(m[6]) : 1 };
}

function stampOf(date: Date): string {
  return date.toISOString().replace(/:/g, '-').replace('.', '-');
}

function newestFirst(a: BackupName, b: BackupName): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || b.seq - a.seq;
}

async function readdirOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Rolling copies of plan files, one folder per plan: `<root>/<key>/<timestamp>.planhjul.json`. The key is a
 * hash of the plan's absolute path (stable, collision-free) plus its readable name (for people browsing).
 */
export class PlanBackups {
  constructor(
    private readonly root: string,
    private readonly keep: number,
  ) {}

  folderFor(planPath: string): string {
    const absolute = path.resolve(planPath);
    const key = process.platform === 'win32' ? absolute.toLowerCase() : absolute;
    const hash = createHash('sha1').update(key).digest('hex').slice(0, 16);
    return path.join(this.root, `${hash}-${slugify(planFileStem(absolute))}`);
  }

  /** Stores `bytes` as the newest backup of `planPath` and drops all but the newest `keep`. */
  async add(planPath: string, bytes: Buffer, createdAt: Date): Promise<string> {
    const folder = await this.makeFolder(planPath);
    const taken = new Set(await readdirOrEmpty(folder));
    const stamp = stampOf(createdAt);
    let id = `${stamp}${PLAN_FILE_EXTENSION}`;
    for (let seq = 2; taken.has(id); seq++) id = `${stamp}_${seq}${PLAN_FILE_EXTENSION}`;
    const temp = path.join(folder, `.${randomUUID()}.tmp`);
    try {
      await writeFile(temp, bytes, { flag: 'wx', mode: OWNER_ONLY });
      await rename(temp, path.join(folder, id));
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw error;
    }
    await this.prune(folder);
    return id;
  }

  /**
   * Keeps a copy of a file that turned out broken when it was about to be overwritten. Such copies are never
   * listed as backups to restore and never pruned: they are evidence, not versions.
   */
  async keepAside(planPath: string, bytes: Buffer, at: Date): Promise<string> {
    const folder = await this.makeFolder(planPath);
    const file = path.join(folder, `${stampOf(at)}-${randomUUID().slice(0, 8)}.invalid.json`);
    try {
      await writeFile(file, bytes, { flag: 'wx', mode: OWNER_ONLY });
    } catch (error) {
      // Half a copy is no evidence; a failed write leaves nothing behind.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') await unlink(file).catch(() => undefined);
      throw error;
    }
    return file;
  }

  /** Backups of `planPath` that are valid plan files (after migration), newest first. */
  async list(planPath: string): Promise<BackupEntry[]> {
    const folder = this.folderFor(planPath);
    const names = (await readdirOrEmpty(folder))
      .map(parseBackupName)
      .filter((n): n is BackupName => n !== null)
      .sort(newestFirst);
    const entries: BackupEntry[] = [];
    for (const name of names) {
      const file = path.join(folder, name.id);
      try {
        const text = await readFile(file, 'utf8');
        if (!checkPlanFileText(text).ok) continue;
        entries.push({
          id: name.id,
          createdAt: name.createdAt.toISOString(),
          sizeBytes: (await stat(file)).size,
        });
      } catch {
        // Vanished or unreadable: not a backup anyone can restore.
      }
    }
    return entries;
  }

  /** The bytes of one backup, or null when `id` is not a backup of this plan. */
  async read(planPath: string, id: string): Promise<Buffer | null> {
    if (!parseBackupName(id)) return null;
    try {
      return await readFile(path.join(this.folderFor(planPath), id));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** The plan's backup folder, created owner-only (the backups hold the plan's content). */
  private async makeFolder(planPath: string): Promise<string> {
    const folder = this.folderFor(planPath);
    await mkdir(folder, { recursive: true, mode: OWNER_ONLY_FOLDER });
    return folder;
  }

  private async prune(folder: string): Promise<void> {
    const names = (await readdirOrEmpty(folder))
      .map(parseBackupName)
      .filter((n): n is BackupName => n !== null)
      .sort(newestFirst);
    for (const old of names.slice(this.keep)) {
      await unlink(path.join(folder, old.id)).catch(() => undefined);
    }
  }
}
