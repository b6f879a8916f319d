import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Low } from 'lowdb';
import { renderMessage } from '../../contract/messages/catalogues';
import type {
  DocumentNotice,
  DocumentState,
  LockInfo,
  OpenDocument,
  SaveState,
} from '../../contract/methods/plan';
import { message } from '../../core/messages/message';
import type { Step } from '../../core/operations/step';
import { PlanOperationError } from '../../core/plan/errors';
import type { Plan } from '../../core/schema/plan';
import {
  CURRENT_SCHEMA_VERSION,
  PLAN_FORMAT,
  PlanFile,
  type SaveLineage,
  wrapPlanFile,
} from '../../core/schema/planFile';
import { checkPlanFileText, problemsFromZod } from '../../core/validation';
import { writeConflictCopy } from './conflictCopy';
import { diskStateOf, type Fingerprint } from './fingerprint';
import type { PlanBackups } from './planBackups';
import { PlanEdits } from './planEdits';
import { PlanFileAdapter } from './planFileAdapter';
import type { LockOwner } from './planLock';
import { reasonOf } from './readPlanFile';
import { StoreError } from './storeError';
import * as messages from './storeMessages';

/** The file changed between the look before a write and the write itself; the write starts again. */
class ChangedDuringWrite extends Error {}

/** What every open plan of one store shares. */
export interface DocumentServices {
  backups: PlanBackups;
  /** Plans whose content before this session is already backed up. */
  backedUp: Set<string>;
  owner: LockOwner;
  now(): Date;
  autosaveDelayMs: number;
  /** Tells listeners that the document's save state changed. */
  emit(doc: OpenPlan): void;
}

export interface OpenPlanInit {
  path: string;
  plan: Plan;
  /** Of the file as read; null for a plan not yet on disk. */
  fingerprint: Fingerprint | null;
  /** The save id the file carries (see SaveLineage); null for a new plan or a file without one. */
  saveId: string | null;
  savedAt: string | null;
  migratedFrom: number | null;
  readOnly: { reason: string; lock?: LockInfo } | null;
  ownsLock: boolean;
  lockedSince: string;
}

export interface ApplyOutcome {
  applied: number;
  refused?: { stepId: string; error: Error };
}

/** The schema check of a whole plan, as the file would hold it; a step that breaks it is refused. */
function checkWholePlan(plan: Plan): void {
  const parsed = PlanFile.safeParse({ format: PLAN_FORMAT, schemaVersion: CURRENT_SCHEMA_VERSION, plan });
  if (!parsed.success)
    throw new PlanOperationError(
      message('operation.field-invalid', {
        problem: messages.invalidPlanMessage(problemsFromZod(parsed.error)),
      }),
    );
}

/**
 * One open plan: its edits (applied here, the one writer), their autosave, and the file. Before every write
 * the file is compared with what was last read or written; a change made outside Planhjulet is taken in, the
 * unsaved steps are replayed on it, and what cannot be replayed goes to a conflict copy. Nothing is lost.
 */
export class OpenPlan {
  readonly docId = randomUUID();
  path: string;
  readOnly: boolean;
  readOnlyReason: string | undefined;
  lock: LockInfo | undefined;
  ownsLock: boolean;
  lockedSince: string;
  readonly migratedFrom: number | null;
  savedAt: string | null;
  /** Why the last write failed; null after a good one. */
  failure: string | null = null;
  closed = false;

  private readonly edits: PlanEdits;
  private fingerprint: Fingerprint | null;
  /** The save id of the version on disk as this document last read or wrote it. */
  private lastSaveId: string | null;
  /** This document wrote the file since it last read it (so the file held edits made here). */
  private wroteSinceRead = false;
  private adapter: PlanFileAdapter;
  private db: Low<PlanFile>;
  private notices: DocumentNotice[] = [];
  /** The file was gone at the last look; the next write puts it back and says so. */
  private fileMissing = false;
  /** Hash of an unreadable outside version already answered with a conflict copy (one copy per version). */
  private unreadableAnswered: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private pendingSince: number | null = null;
  /** Every look at and write of the file runs on this chain, so the file never sees two at once. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    init: OpenPlanInit,
    private readonly services: DocumentServices,
  ) {
    this.path = init.path;
    this.readOnly = init.readOnly !== null;
    this.readOnlyReason = init.readOnly?.reason;
    this.lock = init.readOnly?.lock;
    this.ownsLock = init.ownsLock;
    this.lockedSince = init.lockedSince;
    this.migratedFrom = init.migratedFrom;
    this.savedAt = init.savedAt;
    this.fingerprint = init.fingerprint;
    this.edits = new PlanEdits(
      init.plan,
      init.migratedFrom !== null || init.fingerprint === null,
      checkWholePlan,
    );
    this.lastSaveId = init.saveId;
    if (init.saveId) this.edits.rememberSave(init.saveId, this.edits.savePoint());
    this.adapter = new PlanFileAdapter(init.path);
    this.db = new Low<PlanFile>(this.adapter, wrapPlanFile(init.plan));
  }

  get plan(): Plan {
    return this.edits.plan;
  }

  get revision(): number {
    return this.edits.revision;
  }

  get pending(): boolean {
    return !this.readOnly && this.edits.pending;
  }

  // --- edits ---

  /** Applies steps in order; the first that cannot be done stops the rest. */
  apply(steps: readonly Step[]): ApplyOutcome {
    this.requireWritable();
    let applied = 0;
    for (const step of steps) {
      try {
        this.edits.apply(step);
      } catch (error) {
        this.scheduleIfPending();
        return {
          applied,
          refused: { stepId: step.id, error: error instanceof Error ? error : new Error(String(error)) },
        };
      }
      applied++;
    }
    this.scheduleIfPending();
    return { applied };
  }

  undo(): void {
    this.requireWritable();
    if (this.edits.undo()) this.scheduleIfPending();
  }

  redo(): void {
    this.requireWritable();
    if (this.edits.redo()) this.scheduleIfPending();
  }

  private requireWritable(): void {
    if (this.readOnly) {
      throw new StoreError({
        code: 'read-only',
        message: messages.readOnlyUpdateMessage(this.readOnlyReason),
        path: this.path,
      });
    }
  }

  // --- what the page sees ---

  saveState(): SaveState {
    return { savedAt: this.savedAt, pending: this.pending, failure: this.failure };
  }

  /** The state for the page; the plan goes along when the page's `knownRevision` is not the current one. */
  state(knownRevision: number | null): DocumentState {
    const notices = this.notices;
    this.notices = [];
    return {
      docId: this.docId,
      revision: this.revision,
      save: this.saveState(),
      history: {
        canUndo: !this.readOnly && this.edits.canUndo,
        canRedo: !this.readOnly && this.edits.canRedo,
      },
      notices,
      ...(knownRevision === this.revision ? {} : { plan: this.plan }),
    };
  }

  snapshot(): OpenDocument {
    return {
      docId: this.docId,
      path: this.path,
      plan: this.plan,
      readOnly: this.readOnly,
      ...(this.readOnlyReason ? { readOnlyReason: this.readOnlyReason } : {}),
      ...(this.lock ? { lock: this.lock } : {}),
      migratedFrom: this.migratedFrom,
      save: this.saveState(),
      revision: this.revision,
      history: {
        canUndo: !this.readOnly && this.edits.canUndo,
        canRedo: !this.readOnly && this.edits.canRedo,
      },
    };
  }

  // --- the file ---

  /** Looks at the file now (taking in a change made outside) without writing. */
  look(): Promise<void> {
    return this.enqueue(() => this.takeInOutsideChange());
  }

  /** Writes pending edits now; rejects with the StoreError the user sees when the write fails. */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.readOnly) return this.look();
    await this.enqueue(() => this.writePending()).catch(() => undefined);
    if (this.failure) throw new StoreError({ code: 'write-failed', message: this.failure, path: this.path });
  }

  /** The lineage of the next write: a new save id, made from the version last read or written. */
  nextLineage(): SaveLineage {
    return { id: randomUUID(), basedOn: this.lastSaveId };
  }

  /** Moves the document to a file just written elsewhere (save as) with `plan` and `lineage`. */
  movedTo(
    target: string,
    fingerprint: Fingerprint,
    plan: Plan,
    lineage: SaveLineage,
    lockedSince: string,
  ): void {
    this.path = target;
    this.lastSaveId = lineage.id;
    this.adapter = new PlanFileAdapter(target);
    this.db = new Low<PlanFile>(this.adapter, wrapPlanFile(plan));
    this.fingerprint = fingerprint;
    Object.assign(this, {
      readOnly: false,
      readOnlyReason: undefined,
      lock: undefined,
      ownsLock: true,
      lockedSince,
      failure: null,
      savedAt: this.services.now().toISOString(),
    });
    if (plan === this.plan) this.edits.markSaved({ plan, depth: this.edits.savePoint().depth }, lineage.id);
    this.scheduleIfPending();
  }

  /** The plan was taken over («Overta»): this document now holds the lock and may be edited and saved. */
  becomeWritable(lockedSince: string): void {
    Object.assign(this, {
      readOnly: false,
      readOnlyReason: undefined,
      lock: undefined,
      ownsLock: true,
      lockedSince,
    });
  }

  /** Every write runs on the document's chain, one after another. */
  enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  scheduleIfPending(): void {
    if (!this.pending || this.closed) return;
    const nowMs = Date.now();
    this.pendingSince ??= nowMs;
    if (this.timer) clearTimeout(this.timer);
    // Someone typing without pause still gets a save every few delays.
    const maxWaitMs = this.services.autosaveDelayMs * 8;
    const delay = Math.max(0, Math.min(this.services.autosaveDelayMs, this.pendingSince + maxWaitMs - nowMs));
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pendingSince = null;
      if (this.closed) return;
      // A failed autosave keeps the edits pending and says why (`failure`); the next edit or flush tries again.
      this.enqueue(() => this.writePending()).catch(() => undefined);
    }, delay);
  }

  clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.pendingSince = null;
  }

  private async writePending(): Promise<void> {
    if (this.readOnly || this.closed) return;
    // Another program may replace the file while this one writes; then its version is taken in and the write
    // starts again (a few times at most: a file that keeps changing is reported as a failed save).
    for (let attempt = 1; ; attempt++) {
      try {
        await this.writeOnce();
        return;
      } catch (error) {
        if (error instanceof ChangedDuringWrite && attempt < 4) continue;
        this.failure =
          error instanceof StoreError
            ? error.message
            : messages.saveFailedMessage(this.path, reasonOf(error));
        this.services.emit(this);
        throw error;
      }
    }
  }

  private async writeOnce(): Promise<void> {
    await this.takeInOutsideChange();
    if (!this.edits.pending) return;
    try {
      const point = this.edits.savePoint();
      await this.backUpBeforeFirstWrite();
      const lineage = this.nextLineage();
      this.db.data = wrapPlanFile(point.plan, lineage);
      // The last look at the file, right before the new version takes its place.
      this.adapter.beforeReplacing = () => this.requireFileAsKnown();
      await this.db.write();
      this.fingerprint = this.adapter.lastWritten;
      this.edits.markSaved(point, lineage.id);
      this.lastSaveId = lineage.id;
      this.wroteSinceRead = true;
      this.savedAt = this.services.now().toISOString();
      this.failure = null;
      if (this.fileMissing) {
        this.fileMissing = false;
        this.tell('recreated', message('notice.recreated', { file: basename(this.path) }));
      }
    } finally {
      this.services.emit(this);
    }
  }

  /** Throws ChangedDuringWrite when the file is no longer the version last read or written here. */
  private async requireFileAsKnown(): Promise<void> {
    if (this.fingerprint === null) return;
    const disk = await diskStateOf(this.path, this.fingerprint);
    if (disk.kind !== 'unchanged') throw new ChangedDuringWrite();
  }

  /** Backs up what is on disk before the session's first write over it; without that copy, no write. */
  private async backUpBeforeFirstWrite(): Promise<void> {
    if (this.services.backedUp.has(this.path) || this.fingerprint === null || this.fileMissing) return;
    const { backups } = this.services;
    try {
      const bytes = await readCurrent(this.path);
      if (bytes.length > 0) {
        const at = this.services.now();
        await (checkPlanFileText(bytes.toString('utf8')).ok
          ? backups.add(this.path, bytes, at)
          : backups.keepAside(this.path, bytes, at));
      }
    } catch (error) {
      throw new StoreError({
        code: 'write-failed',
        message: messages.backupFailedMessage(backups.folderFor(this.path), reasonOf(error)),
        path: this.path,
      });
    }
    this.services.backedUp.add(this.path);
  }

  /**
   * Compares the file with what was last read or written. Another program's version is taken in (see
   * PlanEdits.takeOutsideVersion); its bytes are backed up first when unsaved edits will be written over it.
   */
  private async takeInOutsideChange(): Promise<void> {
    if (this.fingerprint === null && !this.fileMissing) return;
    const disk = await diskStateOf(this.path, this.fingerprint);
    if (disk.kind === 'unchanged') {
      this.fingerprint = disk.fingerprint;
      return;
    }
    if (disk.kind === 'missing') {
      this.fileMissing = true;
      this.fingerprint = null;
      return;
    }
    this.fileMissing = false;
    const file = basename(this.path);
    const check = checkPlanFileText(disk.bytes.toString('utf8'));
    // A version from a newer Planhjulet is not taken in: merged here and written back, it would lose fields.
    if (!check.ok || check.file.plan.id !== this.plan.id || check.newer) {
      const problem = !check.ok
        ? messages.firstProblem(check.problems)
        : check.newer
          ? messages.NEWER_VERSION_PROBLEM
          : messages.otherPlanProblem(check.file.plan.title);
      await this.answerUnreadable(disk.fingerprint.hash(), file, problem);
      throw new StoreError({
        code: 'write-failed',
        message: messages.outsideUnreadableMessage(file, problem),
        path: this.path,
      });
    }
    const save = check.file.save;
    const mine = this.plan;
    const outcome = this.edits.takeOutsideVersion(
      check.file.plan,
      check.migratedFrom !== null,
      save ? { saveId: save.id, basedOn: save.basedOn } : undefined,
    );
    // The outside version will be written over by the merged one: keep a copy of it first.
    if (this.pending) await this.services.backups.add(this.path, disk.bytes, this.services.now());
    this.lastSaveId = save?.id ?? null;
    this.fingerprint = disk.fingerprint;
    this.savedAt = new Date(disk.fingerprint.mtimeMs).toISOString();
    this.unreadableAnswered = null;
    const wroteHere = this.wroteSinceRead;
    this.wroteSinceRead = false;
    if (!save && wroteHere && outcome.kind !== 'conflict') {
      // Written by a program that does not say which version it started from: what was saved here may be
      // missing from it, so this version goes to a copy beside it.
      const copy = await writeConflictCopy(this.path, mine, this.services.owner.user, this.services.now());
      this.tell('conflict', message('notice.unknown-origin', { file, copy: basename(copy) }), copy);
    } else if (outcome.kind === 'reloaded') {
      this.tell('reloaded', message('notice.reloaded', { file }));
    } else if (outcome.kind === 'merged') {
      this.tell('merged', message('notice.merged', { file, count: outcome.replayed }));
    } else {
      const copy = await writeConflictCopy(
        this.path,
        outcome.mine,
        this.services.owner.user,
        this.services.now(),
      );
      const text =
        outcome.failed.length === 0
          ? message('notice.conflict-undone', { file, copy: basename(copy) })
          : message('notice.conflict', {
              file,
              failed: outcome.failed.length,
              reason: outcome.failed[0]?.reason.replace(/[.\s]+$/, '') ?? '',
              copy: basename(copy),
            });
      this.tell('conflict', text, copy);
    }
    this.scheduleIfPending();
  }

  /** An outside version that cannot be read is never written over; the user's version goes to a copy, once. */
  private async answerUnreadable(hash: string, file: string, problem: string): Promise<void> {
    if (this.unreadableAnswered === hash) return;
    const copy = await writeConflictCopy(this.path, this.plan, this.services.owner.user, this.services.now());
    this.unreadableAnswered = hash;
    this.tell('unreadable', message('notice.unreadable', { file, problem, copy: basename(copy) }), copy);
  }

  private tell(kind: DocumentNotice['kind'], text: DocumentNotice['text'], conflictCopy?: string): void {
    this.notices.push({
      id: randomUUID(),
      kind,
      message: renderMessage(text, 'nb'),
      text,
      ...(conflictCopy ? { conflictCopy } : {}),
    });
  }
}

async function readCurrent(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
    throw error;
  }
}
