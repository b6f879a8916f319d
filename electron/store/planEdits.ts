import {
  type EditHistory,
  recordStep,
  redoStep,
  replaySteps,
  startHistory,
  undoStep,
} from '../../core/operations/history';
import type { Step } from '../../core/operations/step';
import type { Plan } from '../../core/schema/plan';

/** The plan and its place in the history when a write began. */
export interface SavePoint {
  plan: Plan;
  depth: number;
}

/** What became of the unsaved edits when the plan was changed from outside. */
export type OutsideChangeOutcome =
  | { kind: 'reloaded' }
  | { kind: 'merged'; replayed: number }
  | { kind: 'conflict'; replayed: number; failed: { step: Step; reason: string }[]; mine: Plan };

/**
 * The edits of one open plan, in memory: the undo history, a revision that counts every change (so the page
 * can tell whether its copy is current), and where the file on disk stands in that history. No I/O.
 */
export class PlanEdits {
  private history: EditHistory;
  /** Number of steps in `history.past` that the file holds; null when the file's version is off the undo path. */
  private savedDepth: number | null = 0;
  /** The file holds an older schema version of this plan (migrated on reading) and must be written again. */
  private fileIsOld: boolean;
  /** The versions of the file this history knows (read or written here), by their save id. */
  private readonly saves = new Map<string, SavePoint>();
  revision = 0;

  /**
   * @param check throws when a plan must not be kept (the whole plan fails its schema); a step that leads there
   *   is refused.
   */
  constructor(
    plan: Plan,
    fileIsOld = false,
    private readonly check: (plan: Plan) => void = () => undefined,
  ) {
    this.history = startHistory(plan);
    this.fileIsOld = fileIsOld;
  }

  get plan(): Plan {
    return this.history.present;
  }

  get canUndo(): boolean {
    return this.history.past.length > 0;
  }

  get canRedo(): boolean {
    return this.history.future.length > 0;
  }

  /** The plan in memory differs from the file. */
  get pending(): boolean {
    return this.fileIsOld || this.savedDepth !== this.history.past.length;
  }

  /** Applies a step as one undoable change. Throws (and changes nothing) when it cannot be done. */
  apply(step: Step): boolean {
    const depth = this.history.past.length;
    const next = recordStep(this.history, step);
    if (next === this.history) return false;
    this.check(next.present);
    // The saved version was undone and is now replaced by another future: the file is off the undo path.
    if (this.savedDepth !== null && this.savedDepth > depth) this.savedDepth = null;
    // A full history drops its oldest step; the saved depth moves with it.
    const dropped = depth + 1 - next.past.length;
    if (this.savedDepth !== null && dropped > 0) {
      this.savedDepth = this.savedDepth - dropped >= 0 ? this.savedDepth - dropped : null;
    }
    this.history = next;
    this.revision++;
    return true;
  }

  undo(): boolean {
    return this.move(undoStep(this.history));
  }

  redo(): boolean {
    return this.move(redoStep(this.history));
  }

  private move(next: EditHistory): boolean {
    if (next === this.history) return false;
    this.history = next;
    this.revision++;
    return true;
  }

  /** Where the history stands now, to say later what a write that started now put in the file. */
  savePoint(): SavePoint {
    return { plan: this.history.present, depth: this.history.past.length };
  }

  /**
   * The file now holds the plan of `point`. Steps, undos and redos made while it was written are not in the file:
   * if the saved plan is no longer on the undo path, the file's version counts as off the path.
   */
  markSaved(point: SavePoint, saveId?: string): void {
    this.savedDepth = this.planAt(point.depth) === point.plan ? point.depth : null;
    this.fileIsOld = false;
    if (saveId) this.saves.set(saveId, point);
  }

  /** The version of the file with this save id is `point` of this history (the version read on opening). */
  rememberSave(saveId: string, point: SavePoint): void {
    this.saves.set(saveId, point);
  }

  private planAt(depth: number): Plan | undefined {
    const { past, future, present } = this.history;
    if (depth === 0) return past[0]?.before ?? future[0]?.before ?? present;
    return depth <= past.length ? past[depth - 1]?.after : future[depth - past.length - 1]?.after;
  }

  /** The steps made here since the known save `saveId`, when it is still on the undo path before the present. */
  private stepsSinceSave(saveId: string): Step[] | null {
    const point = this.saves.get(saveId);
    if (!point || point.depth > this.history.past.length || this.planAt(point.depth) !== point.plan)
      return null;
    return this.history.past.slice(point.depth).map((entry) => entry.step);
  }

  /**
   * The steps not yet in the file, in order, when they can be replayed on another version of the plan; null when
   * the user undid steps the file already holds (an undo is not a step that can be replayed).
   */
  unsavedSteps(): Step[] | null {
    if (this.savedDepth === null || this.savedDepth > this.history.past.length) return null;
    return this.history.past.slice(this.savedDepth).map((entry) => entry.step);
  }

  /**
   * Another program changed the file to `outside`: take it, and replay the unsaved steps on top. Steps that no
   * longer apply are given back with the plan as it was here (`mine`), for a conflict copy. The undo history
   * starts again at `outside`: undo never takes back a colleague's change.
   */
  takeOutsideVersion(
    outside: Plan,
    outsideIsOld: boolean,
    lineage?: { saveId: string; basedOn: string | null },
  ): OutsideChangeOutcome {
    const mine = this.history.present;
    // A version made from one of the saves here lacks everything done here since that save, saved or not.
    const sinceBranch = lineage?.basedOn ? this.stepsSinceSave(lineage.basedOn) : null;
    const unsaved = sinceBranch ?? (this.pending ? this.unsavedSteps() : []);
    const replay = replaySteps(outside, unsaved ?? []);
    this.history = replay.history;
    this.savedDepth = 0;
    this.fileIsOld = outsideIsOld;
    this.revision++;
    this.saves.clear();
    if (lineage) this.saves.set(lineage.saveId, { plan: outside, depth: 0 });
    if (unsaved === null || replay.failed.length > 0) {
      return { kind: 'conflict', replayed: replay.history.past.length, failed: replay.failed, mine };
    }
    return unsaved.length === 0 ? { kind: 'reloaded' } : { kind: 'merged', replayed: unsaved.length };
  }
}
