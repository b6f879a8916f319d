import { randomUUID } from 'node:crypto';
import { access, constants, lstat, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { lightFormat } from 'date-fns/lightFormat';
import type { BackupEntry } from '../../contract/errors';
import type { DocumentState, OpenDocument, SaveState } from '../../contract/methods/plan';
import type { Step } from '../../core/operations/step';
import type { Plan } from '../../core/schema/plan';
import { PlanFile, wrapPlanFile } from '../../core/schema/planFile';
import { checkPlanFileText, problemsFromZod } from '../../core/validation';
import { currentUser } from './currentUser';
import { writeFileDurably } from './durableWrite';
import { createFileExclusively } from './exclusiveFile';
import { fingerprintOf } from './fingerprint';
import type { ApplyOutcome, DocumentServices, OpenPlan, OpenPlanInit } from './openPlan';
import { firstFreePlanPath, planFileStem } from './paths';
import { PlanBackups } from './planBackups';
import { planFileBytes } from './planFileAdapter';
import { acquireLock, type LockOwner, releaseLock, takeOverLock } from './planLock';
import { errnoCode, type ReadPlan, readPlanFile, reasonOf } from './readPlanFile';
import { StoreError } from './storeError';
import * as messages from './storeMessages';

export interface PlanDocumentsOptions {
  /** Folder for the rolling backups, one subfolder per plan. */
  backupsDir: string;
  /** Quiet time after the last edit before it is written (default 800 ms). */
  autosaveDelayMs?: number;
  /** Backups kept per plan (default 20). */
  keepBackups?: number;
  /** Who this program runs as, written into lock files and conflict copies (default: the OS user and host). */
  owner?: LockOwner;
  /** Clock for save times, backup and conflict-copy names (lock files always use the real time). */
  now?: () => Date;
}

type ChangeListener = (docId: string, save: SaveState) => void;

/**
 * The plans open in this program, by `docId`. Each writable plan holds a lock file beside it; its edits are
 * applied here as steps (see OpenPlan), autosaved and merged with changes made outside. A file that fails to
 * parse or validate is never written to.
 *
 * Opening a plan that is already open writable in this same instance gives a second, read-only document (what
 * a second window expects); edits go through the first one.
 */
export class PlanDocuments {
  private readonly docs = new Map<string, OpenPlan>();
  private engine: typeof OpenPlan | undefined;
  private readonly listeners = new Set<ChangeListener>();
  private readonly backups: PlanBackups;
  private readonly services: DocumentServices;
  private readonly owner: LockOwner;
  private readonly now: () => Date;
  /** Tells this instance's locks apart from those of another instance in the same process. */
  private readonly session = randomUUID();
  /** Opening, creating, moving and closing run one at a time, so two opens cannot both take the lock. */
  private lifecycle: Promise<unknown> = Promise.resolve();

  constructor(options: PlanDocumentsOptions) {
    this.backups = new PlanBackups(options.backupsDir, options.keepBackups ?? 20);
    this.owner = options.owner ?? currentUser();
    this.now = options.now ?? (() => new Date());
    this.services = {
      backups: this.backups,
      backedUp: new Set(),
      owner: this.owner,
      now: this.now,
      autosaveDelayMs: options.autosaveDelayMs ?? 800,
      emit: (doc) => this.emit(doc),
    };
  }

  create(planPath: string, plan: Plan): Promise<OpenDocument> {
    return this.exclusive(() => this.createNow(path.resolve(planPath), plan));
  }

  open(planPath: string): Promise<OpenDocument> {
    return this.exclusive(() => this.openNow(path.resolve(planPath)));
  }

  /** The open plan. Its `plan` is the store's own object: treat it as immutable; change it with steps. */
  get(docId: string): OpenDocument {
    return this.doc(docId).snapshot();
  }

  /** The open plan's content as it is now (saved or not). */
  plan(docId: string): Plan {
    return this.doc(docId).plan;
  }

  /**
   * Applies the page's steps. When the page's copy was at another revision than the backend's (an import or an
   * outside change came in between), the answer carries the plan so the page can take it.
   */
  apply(
    docId: string,
    baseRevision: number,
    steps: readonly Step[],
  ): DocumentState & { applied: number; refused?: ApplyOutcome['refused'] } {
    const doc = this.doc(docId);
    const before = doc.revision;
    const outcome = doc.apply(steps);
    const inStep = before === baseRevision && !outcome.refused;
    return { ...doc.state(inStep ? doc.revision : null), ...outcome };
  }

  /** Applies one of the backend's own steps (an import, a revision …); throws when it cannot be done. */
  applyOwn(docId: string, step: Step): DocumentState {
    const doc = this.doc(docId);
    const { refused } = doc.apply([step]);
    if (refused) throw refused.error;
    return doc.state(null);
  }

  undo(docId: string): DocumentState {
    const doc = this.doc(docId);
    doc.undo();
    return doc.state(null);
  }

  redo(docId: string): DocumentState {
    const doc = this.doc(docId);
    doc.redo();
    return doc.state(null);
  }

  /** Looks at the file (taking in changes made outside) and says what changed since `revision`. */
  async sync(docId: string, revision: number): Promise<DocumentState> {
    const doc = this.doc(docId);
    await doc.look().catch(() => undefined);
    return doc.state(revision);
  }

  /** Writes the plan now if it has unsaved edits; rejects with the reason when the write fails. */
  async flush(docId: string, revision?: number): Promise<DocumentState> {
    const doc = this.doc(docId);
    await doc.flush();
    return doc.state(revision ?? doc.revision);
  }

  /** Writes the plan to `newPath` and moves the document (and its lock) there. Works for read-only plans too. */
  saveAs(docId: string, newPath: string): Promise<OpenDocument> {
    return this.exclusive(() => this.saveAsNow(this.doc(docId), path.resolve(newPath)));
  }

  /**
   * «Overta»: takes over a plan opened read-only because someone else holds its lock. The file is backed up as
   * it is first, their lock (if it is still the one held since `lockSince`) is replaced with this program's, and
   * any change they saved is taken in; then the document may be edited. Returns the backup's id.
   */
  takeOver(docId: string, lockSince: string): Promise<OpenDocument & { backupId: string }> {
    return this.exclusive(async () => {
      const doc = this.doc(docId);
      if (!doc.readOnly || !doc.lock?.canTakeOver || this.writableDocAt(doc.path)) {
        throw new StoreError({
          code: 'read-only',
          message: messages.cannotTakeOverMessage(doc.readOnly ? doc.readOnlyReason : undefined),
          path: doc.path,
        });
      }
      let backupId: string;
      try {
        backupId = await this.backups.add(doc.path, await readFile(doc.path), this.now());
      } catch (error) {
        throw new StoreError({
          code: 'write-failed',
          message: messages.backupFailedMessage(this.backups.folderFor(doc.path), reasonOf(error)),
          path: doc.path,
        });
      }
      const since = new Date();
      const lock = await takeOverLock(doc.path, this.owner, this.session, since, lockSince);
      if (lock.kind === 'held') {
        throw new StoreError({
          code: 'read-only',
          message: messages.lockChangedMessage(lock.lock),
          path: doc.path,
        });
      }
      if (lock.kind === 'unwritable') throw saveFailed(doc.path, lock.error);
      try {
        // What they saved before the lock changed hands is taken in, so nothing of theirs is written over.
        await doc.look();
      } catch (error) {
        await releaseLock(doc.path, this.session);
        throw error;
      }
      doc.becomeWritable(since.toISOString());
      this.services.backedUp.add(doc.path);
      this.emit(doc);
      return { ...doc.snapshot(), backupId };
    });
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
      const stem = `${planFileStem(absolute)} (gjenopprettet ${lightFormat(this.now(), 'yyyy-MM-dd')})`;
      for (;;) {
        const target = await firstFreePlanPath(path.dirname(absolute), stem);
        const created = await createFileExclusively(target, bytes).catch((error: unknown) => {
          throw saveFailed(target, error);
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
    await this.loadEngine();
    const writer = this.writableDocAt(absolute);
    if (writer) {
      // A second window: show what the first one has, read-only.
      await writer.flush().catch(() => undefined);
      const read = await readPlanFile(absolute, this.backups);
      return this.register(absolute, read, {
        reason: messages.OPEN_IN_OTHER_WINDOW_REASON,
        lock: { ...this.owner, pid: process.pid, since: writer.lockedSince },
      });
    }
    const first = await readPlanFile(absolute, this.backups);
    if (first.check.newer) {
      return this.register(absolute, first, { reason: messages.newerFileReason(first.check.newer) });
    }
    if (first.check.file.plan.lifecycle === 'expired') {
      return this.register(absolute, first, { reason: messages.EXPIRED_PLAN_REASON });
    }
    if (!(await isWritable(absolute))) {
      return this.register(absolute, first, { reason: messages.readOnlyFileReason(absolute) });
    }
    const lockedSince = new Date();
    const lock = await acquireLock(absolute, this.owner, this.session, lockedSince);
    if (lock.kind === 'held') {
      return this.register(absolute, first, {
        reason: messages.lockedByOtherReason(lock.lock),
        lock: { ...lock.lock, canTakeOver: true },
      });
    }
    if (lock.kind === 'unwritable') {
      return this.register(absolute, first, {
        reason: messages.unwritableFolderReason(absolute, lock.error.code),
      });
    }
    // The file may have been written between the first read and taking the lock.
    let current: ReadPlan;
    try {
      current = await readPlanFile(absolute, this.backups);
    } catch (error) {
      await releaseLock(absolute, this.session);
      throw error;
    }
    if (current.check.newer) {
      // A newer Planhjulet wrote it in between: read-only after all, and the lock is not needed.
      await releaseLock(absolute, this.session);
      return this.register(absolute, current, { reason: messages.newerFileReason(current.check.newer) });
    }
    return this.register(absolute, current, null, lockedSince.toISOString());
  }

  private async createNow(absolute: string, plan: Plan): Promise<OpenDocument> {
    await this.loadEngine();
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
    await mkdir(path.dirname(absolute), { recursive: true }).catch((error: unknown) => {
      throw saveFailed(absolute, error);
    });
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
      const doc = this.add({
        path: absolute,
        plan: parsed.data.plan,
        fingerprint: null,
        saveId: null,
        savedAt: null,
        migratedFrom: null,
        readOnly: null,
        ownsLock: true,
        lockedSince: lockedSince.toISOString(),
      });
      try {
        await doc.flush();
      } catch (error) {
        this.docs.delete(doc.docId);
        throw error;
      }
      return doc.snapshot();
    } catch (error) {
      await releaseLock(absolute, this.session);
      throw error;
    }
  }

  private async saveAsNow(doc: OpenPlan, target: string): Promise<OpenDocument> {
    if (target === doc.path) {
      if (doc.readOnly) {
        throw new StoreError({
          code: 'read-only',
          message: messages.readOnlyUpdateMessage(doc.readOnlyReason),
          path: target,
        });
      }
      await doc.flush();
      return doc.snapshot();
    }
    if (this.docAt(target)) {
      throw new StoreError({
        code: 'already-exists',
        message: messages.targetOpenHereMessage(target),
        path: target,
      });
    }
    // The old file gets everything typed before «save as»; if it cannot be written, the copy still can.
    if (!doc.readOnly) await doc.flush().catch(() => undefined);
    await mkdir(path.dirname(target), { recursive: true });
    const lockedSince = new Date();
    await this.takeLockForWriting(target, lockedSince);
    try {
      await doc.enqueue(async () => {
        const existing = await readFile(target).catch((error: unknown) => {
          if (errnoCode(error) === 'ENOENT') return null;
          throw error;
        });
        if (existing !== null && !checkPlanFileText(existing.toString('utf8')).ok) {
          throw new StoreError({
            code: 'already-exists',
            message: messages.targetNotAPlanMessage(target),
            path: target,
          });
        }
        const plan = doc.plan;
        const lineage = doc.nextLineage();
        const bytes = planFileBytes(wrapPlanFile(plan, lineage));
        const written = await writeFileDurably(target, bytes).catch((error: unknown) => {
          throw saveFailed(target, error);
        });
        const oldPath = doc.path;
        const ownedOld = doc.ownsLock && !doc.readOnly;
        doc.clearTimer();
        doc.movedTo(target, await fingerprintOf(written, bytes), plan, lineage, lockedSince.toISOString());
        if (ownedOld) await releaseLock(oldPath, this.session);
      });
    } catch (error) {
      await releaseLock(target, this.session);
      throw error;
    }
    this.emit(doc);
    return doc.snapshot();
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
    if (lock.kind === 'unwritable') throw saveFailed(absolute, lock.error);
  }

  private register(
    absolute: string,
    read: ReadPlan,
    readOnly: OpenPlanInit['readOnly'],
    lockedSince = '',
  ): OpenDocument {
    const migrated = read.check.migratedFrom;
    const doc = this.add({
      path: absolute,
      plan: read.check.file.plan,
      fingerprint: read.fingerprint,
      saveId: read.check.file.save?.id ?? null,
      // A migrated plan is in memory at the new version but still old on disk until the next write.
      savedAt: migrated === null ? new Date(read.fingerprint.mtimeMs).toISOString() : null,
      migratedFrom: migrated,
      readOnly,
      ownsLock: readOnly === null,
      lockedSince,
    });
    return doc.snapshot();
  }

  /**
   * The open document (steps, undo, merging) brings every operation with it; it is loaded by the first plan
   * opened or created, so a command that only reads a plan file (validate, check, an export) starts without it.
   */
  private async loadEngine(): Promise<void> {
    this.engine ??= (await import('./openPlan')).OpenPlan;
  }

  private add(init: OpenPlanInit): OpenPlan {
    if (!this.engine) throw new Error('PlanDocuments.add before loadEngine');
    const doc = new this.engine(init, this.services);
    this.docs.set(doc.docId, doc);
    return doc;
  }

  // --- closing ---

  private async closeNow(doc: OpenPlan): Promise<void> {
    // Edits may arrive while the last write runs; loop until nothing is pending.
    while (doc.pending) await doc.flush();
    await this.forget(doc);
  }

  private async forget(doc: OpenPlan): Promise<void> {
    doc.clearTimer();
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

  private doc(docId: string): OpenPlan {
    const doc = this.docs.get(docId);
    if (!doc) {
      throw new StoreError({
        code: 'not-found',
        message: 'Planen er ikke åpen lenger. Åpne den på nytt fra startsiden.',
      });
    }
    return doc;
  }

  private docAt(absolute: string): OpenPlan | undefined {
    for (const doc of this.docs.values()) if (doc.path === absolute) return doc;
    return undefined;
  }

  private writableDocAt(absolute: string): OpenPlan | undefined {
    for (const doc of this.docs.values()) if (doc.path === absolute && !doc.readOnly) return doc;
    return undefined;
  }

  private emit(doc: OpenPlan): void {
    const state = doc.saveState();
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
}

/** A plan file the user may not write (a read-only file) opens read-only instead of being replaced anyway. */
async function isWritable(absolute: string): Promise<boolean> {
  try {
    // The mode bits first: an administrator may write anything, but a file marked read-only stays read-only.
    if (((await stat(absolute)).mode & 0o222) === 0) return false;
    await access(absolute, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function saveFailed(absolute: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  return new StoreError({
    code: 'write-failed',
    message: messages.saveFailedMessage(absolute, reasonOf(error)),
    path: absolute,
  });
}
