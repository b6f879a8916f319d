import type { DocumentNotice, DocumentState, OpenDocument, SaveState } from '../../../contract/methods/plan';
import type { PageOperationCall } from '../../../core/operations/registry';
import type { Step } from '../../../core/operations/step';
import type { Plan } from '../../../core/schema/plan';

/** What the user sees about saving. `saving`: edits on their way to the backend or to disk. */
export type SaveStatus =
  | { kind: 'saved'; savedAt: string | null }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string };

export interface ApplyReply extends DocumentState {
  applied: number;
  refused?: { stepId: string; message: string; text?: DocumentNotice['text'] } | undefined;
}

/** The backend's methods the session uses (`plan.apply`, `plan.undo` …), bound to one transport. */
export interface SessionBackend {
  apply(docId: string, baseRevision: number, steps: Step[]): Promise<ApplyReply>;
  undo(docId: string): Promise<DocumentState>;
  redo(docId: string): Promise<DocumentState>;
  sync(docId: string, revision: number): Promise<DocumentState>;
  flush(docId: string, revision: number): Promise<DocumentState>;
}

export interface SessionView {
  plan: Plan;
  save: SaveStatus;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * The core's step machinery. It brings every operation and the plan schema with it, so it loads when the first
 * plan opens (`loadStepMachinery`), not with the start page.
 */
export type StepMachinery = Pick<typeof import('../../../core/operations/step'), 'applyStep' | 'newStep'>;

export function loadStepMachinery(): Promise<StepMachinery> {
  return import('../../../core/operations/step');
}

export interface SessionEvents {
  /** The plan, the save state or undo/redo changed. */
  changed(view: SessionView): void;
  /** Something happened to the file the user must hear of (a change made outside Planhjulet). */
  notice(notice: DocumentNotice): void;
  /** An edit the page had shown could not be kept (the backend refused it); the view is already back. */
  refused(message: string, text: DocumentNotice['text'] | undefined): void;
}

/** How often the session asks the backend while a save is under way, and otherwise (changes made outside). */
export const POLL_WHILE_SAVING_MS = 500;
export const POLL_IDLE_MS = 5000;
export const POLL_AFTER_FAILURE_MS = 3000;

/**
 * The page's side of one open plan. The backend's document is the one writer; the page applies the same core
 * operation to its own copy at once (so typing stays instant), sends the step, and reconciles with the answer:
 * when the backend's plan moved on (an import, a change made outside), the page takes it and replays the steps
 * it has not yet sent on top. Calls to the backend go one at a time, in order.
 */
export class PlanSession {
  /** The backend's plan at `revision`, as far as the page knows. */
  private confirmed: Plan;
  private revision: number;
  /** Steps applied here but not yet acknowledged by the backend, oldest first, each with the plan after it. */
  private pending: { step: Step; after: Plan }[] = [];
  private current: Plan;
  private backendSave: SaveState;
  private history: { canUndo: boolean; canRedo: boolean };
  private failure: string | null = null;
  private chain: Promise<void> = Promise.resolve();
  private draining: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  constructor(
    private readonly doc: OpenDocument,
    private readonly backend: SessionBackend,
    private readonly steps: StepMachinery,
    private readonly events: SessionEvents,
  ) {
    this.confirmed = doc.plan;
    this.current = doc.plan;
    this.revision = doc.revision;
    this.backendSave = doc.save;
    this.history = doc.history;
    this.poll();
  }

  get plan(): Plan {
    return this.current;
  }

  get hasUnsentEdits(): boolean {
    return this.pending.length > 0;
  }

  view(): SessionView {
    return {
      plan: this.current,
      save: this.saveStatus(),
      canUndo: !this.doc.readOnly && (this.history.canUndo || this.pending.length > 0),
      canRedo: !this.doc.readOnly && this.pending.length === 0 && this.history.canRedo,
    };
  }

  /**
   * Applies one user action (one or more operation calls) here at once and sends it to the backend. Returns the
   * new plan; throws (changing nothing) when the operation refuses, so the caller can show why.
   */
  apply(calls: readonly PageOperationCall[]): Plan {
    const step = this.steps.newStep(calls);
    const next = this.steps.applyStep(this.current, step);
    if (next === this.current) return next;
    this.current = next;
    this.pending.push({ step, after: next });
    this.notify();
    void this.drain();
    return next;
  }

  undo(): Promise<void> {
    return this.afterDrain(async () => this.take(await this.backend.undo(this.doc.docId)));
  }

  redo(): Promise<void> {
    return this.afterDrain(async () => this.take(await this.backend.redo(this.doc.docId)));
  }

  /**
   * Sends what is waiting and has the backend write it now; resolves when it is on disk or has failed (the
   * view then says why, and the edits stay).
   */
  flush(): Promise<void> {
    return this.afterDrain(async () => this.take(await this.backend.flush(this.doc.docId, this.revision)));
  }

  /** Asks the backend what changed (its saving, or the file changed from outside). */
  sync(): Promise<void> {
    return this.afterDrain(async () => this.take(await this.backend.sync(this.doc.docId, this.revision)));
  }

  /**
   * Takes a state the backend returned from another method (an import, a status form): it carries the plan.
   * Call it after `flush()`/`whenSent()`, so no step of the page is still on its way.
   */
  adopt(state: DocumentState): void {
    this.take(state);
  }

  /** Resolves when every step applied so far has reached the backend (or failed to). */
  whenSent(): Promise<void> {
    return this.afterDrain(async () => undefined);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private saveStatus(): SaveStatus {
    if (this.failure) return { kind: 'failed', reason: this.failure };
    if (this.pending.length > 0 || this.backendSave.pending) {
      return this.backendSave.failure
        ? { kind: 'failed', reason: this.backendSave.failure }
        : { kind: 'saving' };
    }
    return { kind: 'saved', savedAt: this.backendSave.savedAt };
  }

  private notify(): void {
    if (!this.disposed) this.events.changed(this.view());
  }

  /** Runs `work` on the chain once everything applied before it has been sent. */
  private afterDrain(work: () => Promise<void>): Promise<void> {
    const run = this.drain().then(() => this.serial(work));
    return run.catch((error: unknown) => {
      this.failure = error instanceof Error ? error.message : String(error);
      this.notify();
    });
  }

  private serial(work: () => Promise<void>): Promise<void> {
    const run = this.chain.then(work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Sends pending steps, batch after batch, until none is left or the backend cannot be reached. */
  private drain(): Promise<void> {
    this.draining ??= this.serial(async () => {
      try {
        while (this.pending.length > 0 && !this.disposed) {
          const batch = this.pending.slice(0, 100);
          let reply: ApplyReply;
          try {
            reply = await this.backend.apply(
              this.doc.docId,
              this.revision,
              batch.map((entry) => entry.step),
            );
          } catch (error) {
            // Not applied: keep the steps and say why; the next edit, flush or poll sends them again.
            this.failure = error instanceof Error ? error.message : String(error);
            this.notify();
            this.poll();
            return;
          }
          this.failure = null;
          this.acknowledge(batch, reply);
        }
      } finally {
        this.draining = null;
      }
    });
    return this.draining;
  }

  private acknowledge(batch: { step: Step; after: Plan }[], reply: ApplyReply): void {
    const rest = this.pending.slice(batch.length);
    const refused = reply.refused ? batch.findIndex((entry) => entry.step.id === reply.refused?.stepId) : -1;
    // Steps of the batch after a refused one were not applied by the backend: they go again.
    const resend = refused >= 0 ? batch.slice(refused + 1) : [];
    if (reply.plan) {
      this.confirmed = reply.plan;
    } else if (reply.applied > 0) {
      this.confirmed = (batch[reply.applied - 1] as { after: Plan }).after;
    }
    this.revision = reply.revision;
    this.backendSave = reply.save;
    this.history = reply.history;
    this.pending = [...resend, ...rest];
    if (reply.plan) this.rebase();
    for (const notice of reply.notices) this.events.notice(notice);
    if (reply.refused) this.events.refused(reply.refused.message, reply.refused.text);
    this.notify();
    this.poll();
  }

  private take(state: DocumentState): void {
    this.failure = null;
    this.revision = state.revision;
    this.backendSave = state.save;
    this.history = state.history;
    if (state.plan) {
      this.confirmed = state.plan;
      this.rebase();
    }
    for (const notice of state.notices) this.events.notice(notice);
    this.notify();
    this.poll();
  }

  /** The page's copy: the backend's plan with the steps not yet acknowledged replayed on it. */
  private rebase(): void {
    let plan = this.confirmed;
    const kept: { step: Step; after: Plan }[] = [];
    for (const { step } of this.pending) {
      try {
        plan = this.steps.applyStep(plan, step);
        kept.push({ step, after: plan });
      } catch (error) {
        this.events.refused(error instanceof Error ? error.message : String(error), undefined);
      }
    }
    this.pending = kept;
    this.current = plan;
  }

  /** Asks again soon while a save is under way, and now and then otherwise, for changes made outside. */
  private poll(): void {
    if (this.disposed) return;
    if (this.timer !== null) clearTimeout(this.timer);
    const delay = this.failure
      ? POLL_AFTER_FAILURE_MS
      : this.backendSave.pending || this.pending.length > 0
        ? POLL_WHILE_SAVING_MS
        : POLL_IDLE_MS;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.sync();
    }, delay);
  }
}
