import { randomUUID } from 'node:crypto';
import { lstat, mkdir, readFile, stat } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import path from 'node:path';
import { format } from 'date-fns';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import type { BackupEntry } from '../../contract/errors';
import type { LockInfo, OpenDocument, SaveState } from '../../contract/methods/plan';
import { wrapPlanFile } from '../../core/plan/create';
import type { Plan } from '../../core/schema/plan';
import { CURRENT_SCHEMA_VERSION, PLAN_FORMAT, PlanFile } from '../../core/schema/planFile';
import { checkPlanFileText, type PlanFileCheck, problemsFromZod } from '../../core/validation';
import { createFileExclusively } from './exclusiveFile';
import { firstFreePlanPath, planFileStem } from './paths';
import { PlanBackups } from './planBackups';
import { acquireLock, type LockOwner, releaseLock } from './planLock';
import { StoreError } from './storeError';
import * as messages from './storeMessages';

export interface PlanDocumentsOptions {
  /** Folder for the rolling backups, one subfolder per plan. */
  backupsDir: string;
  /** Quiet time after the last edit before it is written (default 800 ms). */
  autosaveDelayMs?: number;
  /** Backups kept per plan (default 20). */
  keepBackups?: number;
  /** Who this program runs as, written into lock files (default: the OS user and host name). */
  owner?: LockOwner;
  /** Clock for `updatedAt`, save times and backup names (lock files always use the real time). */
  now?: () => Date;
}

type ChangeListener = (docId: string, save: SaveState) => void;

interface Doc {
  docId: string;
  path: string;
  plan: Plan;
  readOnly: boolean;
  readOnlyReason?: string;
  lock?: LockInfo;
  ownsLock: boolean;
  lockedSince: string;
  migratedFrom: number | null;
  /** Bumped on every edit; equal to `savedRevision` when the file holds the current plan. */
  revision: number;
  savedRevision: number;
  savedAt: string | null;
  timer: NodeJS.Timeout | null;
  pendingSince: number | null;
  /** Every write of this document runs on this chain, so one file never sees two writes at once. */
  queue: Promise<void>;
  db: Low<PlanFile> | null;
  closed: boolean;
}

interface ReadPlan {
  text: string;
  check: Extract<PlanFileCheck, { ok: true }>;
  mtime: Date;
}

function defaultOwner(): LockOwner {
  let user = 'ukjent';
  try {
    user = userInfo().username;
  } catch {
    // Some sandboxes have no passwd entry; the lock then says «ukjent».
  }
  return { user, host: hostname() };
}

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function reasonOf(error: unknown): string {
  return errnoCode(error) ?? (error instanceof Error ? error.message : String(error));
}

/**
 * The plans open in this program, by `docId`. Each writable plan holds a lock file beside it, is autosaved
 * (debounced) through lowdb's atomic write, and gets a backup of its previous content before the first write
 * of the session. A file that fails to parse or validate is never written to.
 *
 * Opening a plan that is already open writable in this same instance gives a second, read-only document (what
 * a second window expects); edits go through the first one.
 */
export class PlanDocuments {
  private readonly docs = new Map<string, Doc>();
  private readonly listeners = new Set<ChangeListener>();
  /** Plans whose previous content is already backed up in this session. */
  private readonly backedUp = new Set<string>();
  private readonly backups: PlanBackups;
  private readonly autosaveDelayMs: number;
  private readonly maxWaitMs: number;
  private readonly owner: LockOwner;
  private readonly now: () => Date;
  /** Tells this instance's locks apart from those of another instance in the same process. */
  private readonly session = randomUUID();
  /** Opening, creating, moving and closing run one at a time, so two opens cannot both take the lock. */
  private lifecycle: Promise<unknown> = Promise.resolve();

  constructor(options: PlanDocumentsOptions) {
    this.backups = new PlanBackups(options.backupsDir, options.keepBackups ?? 20);
    this.autosaveDelayMs = options.autosaveDelayMs ?? 800;
    // Someone typing without pause still gets a save every few delays.
    this.maxWaitMs = this.autosaveDelayMs * 8;
    this.owner = options.owner ?? defaultOwner();
    this.now = options.now ?? (() => new Date());
  }

  create(planPath: string, plan: Plan): Promise<OpenDocument> {
    return this.exclusive(() => this.createNow(path.resolve(planPath), plan));
  }

  open(planPath: string): Promise<OpenDocument> {
    return this.exclusive(() => this.openNow(path.resolve(planPath)));
  }

  /** The open plan. Its `plan` is the store's own object: treat it as immutable and change it via `update`. */
  get(docId: string): OpenDocument {
    return this.snapshot(this.doc(docId));
  }

  /** Replaces the plan in memory (after validating it) and schedules an autosave. */
  update(docId: string, plan: Plan): SaveState {
    const doc = this.doc(docId);
    const parsed = PlanFile.safeParse({ format: PLAN_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, plan });
    if (!parsed.success) {
      const problems = problemsFromZod(parsed.error);
      throw new StoreError({
        code: 'invalid-input',
        message: messages.invalidPlanMessage(problems),
        problems,
      });
    }
    if (doc.readOnly) {
      throw new StoreError({
        code: 'read-only',
        message: messages.readOnlyUpdateMessage(doc.readOnlyReason),
        path: doc.path,
      });
    }
    doc.plan = { ...parsed.data.plan, updatedAt: this.now().toISOString() };
    doc.revision++;
    this.schedule(doc);
    return this.saveState(doc);
  }

  /** Writes the plan now if an autosave is pending. */
  async flush(docId: string): Promise<SaveState> {
    const doc = this.doc(docId);
    await this.flushDoc(doc);
    return this.saveState(doc);
  }

  /** Writes the plan to `newPath` and moves the document (and its lock) there. Works for read-only plans too. */
  saveAs(docId: string, newPath: string): Promise<OpenDocument> {
    return this.exclusive(() => this.saveAsNow(this.doc(docId), path.resolve(newPath)));
  }

  /** Writes what is pending and releases the lock. If the last write fails, the plan stays open. */
  close(docId: string): Promise<void> {
    return this.exclusive(() => this.closeNow(this.doc(docId)));
  }

  /** Closes every plan; a plan whose last write fails is closed anyway and the first failure is thrown. */
  closeAll(): Promise<void> {
    return this.exclusive(async () => {
      let failure: unknown = null;
      for (const doc of [...this.docs.values()]) {
        try {
          await this.closeNow(doc);
        } catch (error) {
          failure ??= error;
          await this.forget(doc);
        }
      }
      if (failure) throw failure;
    });
  }

  /** Backups of a plan that are valid plan files, newest first. */
  listBackups(planPath: string): Promise<BackupEntry[]> {
    return this.backups.list(path.resolve(planPath));
  }

  /**
   * Writes a backup to a new file beside the (broken) plan, "<name> (gjenopprettet YYYY-MM-DD).planhjul.json",
   * and opens it. The broken file is not touched.
   */
  restoreBackup(planPath: string, backupId: string): Promise<OpenDocument> {
    return this.exclusive(async () => {
      const absolute = path.resolve(planPath);
      const bytes = await this.backups.read(absolute, backupId);
      if (!bytes) {
        throw new StoreError({
          code: 'not-found',
          message: messages.backupNotFoundMessage(backupId),
          path: absolute,
        });
      }
      const check = checkPlanFileText(bytes.toString('utf8'));
      if (!check.ok) {
        throw new StoreError({
          code: 'invalid-plan-file',
          message: messages.backupInvalidMessage(backupId, check.problems),
          problems: check.problems,
          path: absolute,
        });
      }
      const stem = `${planFileStem(absolute)} (gjenopprettet ${format(this.now(), 'yyyy-MM-dd')})`;
      for (;;) {
        const target = await firstFreePlanPath(path.dirname(absolute), stem);
        const created = await createFileExclusively(target, bytes).catch((error: unknown) => {
          throw this.saveFailed(target, error);
        });
        if (created) return this.openNow(target);
      }
    });
  }

  onChange(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  // --- opening and creating ---

  private async openNow(absolute: string): Promise<OpenDocument> {
    const writer = this.writableDocAt(absolute);
    if (writer) {
      // A second window: show what the first one has, read-only.
      await this.flushDoc(writer).catch(() => undefined);
      const read = await this.readValidPlan(absolute);
      return this.register(absolute, read, {
        readOnlyReason: messages.OPEN_IN_OTHER_WINDOW_REASON,
        lock: { ...this.owner, pid: process.pid, since: writer.lockedSince },
      });
    }
    const first = await this.readValidPlan(absolute);
    if (first.check.file.plan.lifecycle === 'expired') {
      return this.register(absolute, first, { readOnlyReason: messages.EXPIRED_PLAN_REASON });
    }
    const lockedSince = new Date();
    const lock = await acquireLock(absolute, this.owner, this.session, lockedSince);
    if (lock.kind === 'held') {
      return this.register(absolute, first, {
        readOnlyReason: messages.lockedByOtherReason(lock.lock),
        lock: lock.lock,
      });
    }
    if (lock.kind === 'unwritable') {
      return this.register(absolute, first, { readOnlyReason: messages.unwritableFolderReason(absolute) });
    }
    // The file may have been written between the first read and taking the lock.
    let current: ReadPlan;
    try {
      current = await this.readValidPlan(absolute, first);
    } catch (error) {
      await releaseLock(absolute, this.session);
      throw error;
    }
    return this.register(absolute, current, null, lockedSince.toISOString());
  }

  private async createNow(absolute: string, plan: Plan): Promise<OpenDocument> {
    const parsed = PlanFile.safeParse(wrapPlanFile(plan));
    if (!parsed.success) {
      const problems = problemsFromZod(parsed.error);
      throw new StoreError({
        code: 'invalid-input',
        message: messages.invalidPlanMessage(problems),
        problems,
      });
    }
    if (await this.fileExists(absolute)) {
      throw new StoreError({
        code: 'already-exists',
        message: messages.alreadyExistsMessage(absolute),
        path: absolute,
      });
    }
    await mkdir(path.dirname(absolute), { recursive: true });
    const lockedSince = new Date();
    await this.takeLockForWriting(absolute, lockedSince);
    try {
      if (await this.fileExists(absolute)) {
        throw new StoreError({
          code: 'already-exists',
          message: messages.alreadyExistsMessage(absolute),
          path: absolute,
        });
      }
      const doc = this.newDoc(absolute, parsed.data.plan, lockedSince.toISOString());
      doc.revision = 1;
      try {
        await this.enqueue(doc, () => this.writePending(doc));
      } catch (error) {
        this.docs.delete(doc.docId);
        throw this.saveFailed(absolute, error);
      }
      return this.snapshot(doc);
    } catch (error) {
      await releaseLock(absolute, this.session);
      throw error;
    }
  }

  private async saveAsNow(doc: Doc, target: string): Promise<OpenDocument> {
    if (target === doc.path) {
      if (doc.readOnly) {
        throw new StoreError({
          code: 'read-only',
          message: messages.readOnlyUpdateMessage(doc.readOnlyReason),
          path: target,
        });
      }
      await this.flushDoc(doc);
      return this.snapshot(doc);
    }
    if (this.docAt(target)) {
      throw new StoreError({
        code: 'already-exists',
        message: messages.targetOpenHereMessage(target),
        path: target,
      });
    }
    // The old file gets everything typed before «save as»; if it cannot be written, the copy still can.
    if (!doc.readOnly) await this.flushDoc(doc).catch(() => undefined);
    await mkdir(path.dirname(target), { recursive: true });
    const lockedSince = new Date();
    await this.takeLockForWriting(target, lockedSince);
    try {
      await this.enqueue(doc, async () => {
        const existing = await this.readTextIfExists(target);
        if (existing !== null && !checkPlanFileText(existing).ok) {
          throw new StoreError({
            code: 'already-exists',
            message: messages.targetNotAPlanMessage(target),
            path: target,
          });
        }
        const revision = doc.revision;
        const db = new Low<PlanFile>(new JSONFile<PlanFile>(target), wrapPlanFile(doc.plan));
        await this.writeFile(target, db, wrapPlanFile(doc.plan)).catch((error: unknown) => {
          throw this.saveFailed(target, error);
        });
        const oldPath = doc.path;
        const ownedOld = doc.ownsLock;
        this.clearTimer(doc);
        Object.assign(doc, {
          path: target,
          db,
          readOnly: false,
          readOnlyReason: undefined,
          lock: undefined,
          ownsLock: true,
          lockedSince: lockedSince.toISOString(),
          savedRevision: revision,
          savedAt: this.now().toISOString(),
        });
        if (ownedOld) await releaseLock(oldPath, this.session);
      });
    } catch (error) {
      await releaseLock(target, this.session);
      throw error;
    }
    // Edits made while the copy was written are still pending: schedule them for the new file.
    if (doc.revision !== doc.savedRevision) this.schedule(doc);
    this.emit(doc);
    return this.snapshot(doc);
  }

  private async takeLockForWriting(absolute: string, since: Date): Promise<void> {
    const lock = await acquireLock(absolute, this.owner, this.session, since);
    if (lock.kind === 'held') {
      throw new StoreError({
        code: 'read-only',
        message: messages.targetLockedMessage(absolute, lock.lock),
        path: absolute,
      });
    }
    if (lock.kind === 'unwritable') {
      throw this.saveFailed(absolute, lock.error);
    }
  }

  private register(
    absolute: string,
    read: ReadPlan,
    readOnly: { readOnlyReason: string; lock?: LockInfo } | null,
    lockedSince = '',
  ): OpenDocument {
    const doc = this.newDoc(absolute, read.check.file.plan, lockedSince);
    doc.migratedFrom = read.check.migratedFrom;
    // A migrated plan is in memory at the new version but still old on disk until the next edit.
    doc.savedAt = read.check.migratedFrom === null ? read.mtime.toISOString() : null;
    if (readOnly) {
      doc.readOnly = true;
      doc.ownsLock = false;
      doc.readOnlyReason = readOnly.readOnlyReason;
      if (readOnly.lock) doc.lock = readOnly.lock;
    }
    return this.snapshot(doc);
  }

  private newDoc(absolute: string, plan: Plan, lockedSince: string): Doc {
    const doc: Doc = {
      docId: randomUUID(),
      path: absolute,
      plan,
      readOnly: false,
      ownsLock: true,
      lockedSince,
      migratedFrom: null,
      revision: 0,
      savedRevision: 0,
      savedAt: null,
      timer: null,
      pendingSince: null,
      queue: Promise.resolve(),
      db: null,
      closed: false,
    };
    this.docs.set(doc.docId, doc);
    return doc;
  }

  /** Reads and checks a plan file; throws the StoreError the user sees for a missing or broken file. */
  private async readValidPlan(absolute: string, previous?: ReadPlan): Promise<ReadPlan> {
    let bytes: Buffer;
    let mtime: Date;
    try {
      bytes = await readFile(absolute);
      mtime = (await stat(absolute)).mtime;
    } catch (error) {
      const code = errnoCode(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new StoreError({
          code: 'not-found',
          message: messages.notFoundMessage(absolute),
          path: absolute,
        });
      }
      throw new StoreError({
        code: 'not-found',
        message: messages.unreadableMessage(absolute, reasonOf(error)),
        path: absolute,
      });
    }
    const text = bytes.toString('utf8');
    if (previous && previous.text === text) return { ...previous, mtime };
    const check = checkPlanFileText(text);
    if (!check.ok) {
      const backups = await this.backups.list(absolute).catch(() => []);
      throw new StoreError({
        code: 'invalid-plan-file',
        message: messages.invalidPlanFileMessage(absolute, check.problems, backups),
        problems: check.problems,
        backups,
        path: absolute,
      });
    }
    return { text, check, mtime };
  }

  // --- saving ---

  private schedule(doc: Doc): void {
    const nowMs = Date.now();
    doc.pendingSince ??= nowMs;
    if (doc.timer) clearTimeout(doc.timer);
    const delay = Math.max(0, Math.min(this.autosaveDelayMs, doc.pendingSince + this.maxWaitMs - nowMs));
    doc.timer = setTimeout(() => {
      doc.timer = null;
      doc.pendingSince = null;
      if (doc.closed) return;
      // A failed autosave keeps the edit pending; the next edit, flush or close tries again and reports it.
      this.enqueue(doc, () => this.writePending(doc)).catch(() => this.emit(doc));
    }, delay);
  }

  private clearTimer(doc: Doc): void {
    if (doc.timer) clearTimeout(doc.timer);
    doc.timer = null;
    doc.pendingSince = null;
  }

  private async flushDoc(doc: Doc): Promise<void> {
    if (doc.readOnly) return;
    this.clearTimer(doc);
    try {
      await this.enqueue(doc, () => this.writePending(doc));
    } catch (error) {
      throw this.saveFailed(doc.path, error);
    }
  }

  private enqueue(doc: Doc, task: () => Promise<void>): Promise<void> {
    const run = doc.queue.then(task);
    doc.queue = run.catch(() => undefined);
    return run;
  }

  private async writePending(doc: Doc): Promise<void> {
    if (doc.readOnly || doc.revision === doc.savedRevision) return;
    const revision = doc.revision;
    const file = wrapPlanFile(doc.plan);
    doc.db ??= new Low<PlanFile>(new JSONFile<PlanFile>(doc.path), file);
    await this.writeFile(doc.path, doc.db, file);
    doc.savedRevision = revision;
    doc.savedAt = this.now().toISOString();
    this.emit(doc);
  }

  /** Backs up what is on disk (first write of the session only), then writes atomically through lowdb. */
  private async writeFile(absolute: string, db: Low<PlanFile>, file: PlanFile): Promise<void> {
    if (!this.backedUp.has(absolute)) {
      const bytes = await this.readBytesIfExists(absolute);
      if (bytes) {
        // Without a copy of the previous content the write does not happen: that content would be lost.
        try {
          const valid = checkPlanFileText(bytes.toString('utf8')).ok;
          const at = this.now();
          await (valid ? this.backups.add(absolute, bytes, at) : this.backups.keepAside(absolute, bytes, at));
        } catch (error) {
          throw new StoreError({
            code: 'write-failed',
            message: messages.backupFailedMessage(this.backups.folderFor(absolute), reasonOf(error)),
            path: absolute,
          });
        }
      }
      this.backedUp.add(absolute);
    }
    db.data = file;
    await db.write();
  }

  private saveFailed(absolute: string, error: unknown): StoreError {
    if (error instanceof StoreError) return error;
    return new StoreError({
      code: 'write-failed',
      message: messages.saveFailedMessage(absolute, reasonOf(error)),
      path: absolute,
    });
  }

  // --- closing ---

  private async closeNow(doc: Doc): Promise<void> {
    // Edits may arrive while the last write runs; loop until nothing is pending.
    while (!doc.readOnly && doc.revision !== doc.savedRevision) await this.flushDoc(doc);
    await this.forget(doc);
  }

  private async forget(doc: Doc): Promise<void> {
    this.clearTimer(doc);
    doc.closed = true;
    this.docs.delete(doc.docId);
    if (doc.ownsLock && !doc.readOnly) await releaseLock(doc.path, this.session);
  }

  // --- helpers ---

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.lifecycle.then(work);
    this.lifecycle = run.catch(() => undefined);
    return run;
  }

  private doc(docId: string): Doc {
    const doc = this.docs.get(docId);
    if (!doc) {
      throw new StoreError({
        code: 'not-found',
        message: 'Planen er ikke åpen lenger. Åpne den på nytt fra startsiden.',
      });
    }
    return doc;
  }

  private docAt(absolute: string): Doc | undefined {
    for (const doc of this.docs.values()) if (doc.path === absolute) return doc;
    return undefined;
  }

  private writableDocAt(absolute: string): Doc | undefined {
    for (const doc of this.docs.values()) if (doc.path === absolute && !doc.readOnly) return doc;
    return undefined;
  }

  private saveState(doc: Doc): SaveState {
    return { savedAt: doc.savedAt, pending: doc.revision !== doc.savedRevision };
  }

  private snapshot(doc: Doc): OpenDocument {
    return {
      docId: doc.docId,
      path: doc.path,
      plan: doc.plan,
      readOnly: doc.readOnly,
      ...(doc.readOnlyReason ? { readOnlyReason: doc.readOnlyReason } : {}),
      ...(doc.lock ? { lock: doc.lock } : {}),
      migratedFrom: doc.migratedFrom,
      save: this.saveState(doc),
    };
  }

  private emit(doc: Doc): void {
    const state = this.saveState(doc);
    for (const listener of this.listeners) {
      try {
        listener(doc.docId, state);
      } catch (error) {
        console.error(error);
      }
    }
  }

  private async fileExists(absolute: string): Promise<boolean> {
    try {
      await lstat(absolute);
      return true;
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return false;
      throw error;
    }
  }

  private async readBytesIfExists(absolute: string): Promise<Buffer | null> {
    try {
      return await readFile(absolute);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return null;
      throw error;
    }
  }

  private async readTextIfExists(absolute: string): Promise<string | null> {
    return (await this.readBytesIfExists(absolute))?.toString('utf8') ?? null;
  }
}
