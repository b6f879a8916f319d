import type { Plan } from '../schema/plan';
import { applyStep, type Step } from './step';

/** One undoable change: the step and the plan before and after it. */
export interface HistoryEntry {
  step: Step;
  before: Plan;
  after: Plan;
}

/** The undo history of one open plan: what was done (newest last), the plan now, what was undone. */
export interface EditHistory {
  past: readonly HistoryEntry[];
  present: Plan;
  future: readonly HistoryEntry[];
}

export const HISTORY_LIMIT = 100;

export function startHistory(present: Plan): EditHistory {
  return { past: [], present, future: [] };
}

/**
 * Applies a step and records it. A step that changes nothing leaves the history as it is; one that cannot be
 * done throws and leaves it as it is too. Anything undone before is gone.
 */
export function recordStep(history: EditHistory, step: Step, limit = HISTORY_LIMIT): EditHistory {
  const after = applyStep(history.present, step);
  if (after === history.present) return history;
  const past = [...history.past, { step, before: history.present, after }];
  return { past: past.slice(Math.max(0, past.length - limit)), present: after, future: [] };
}

export function undoStep(history: EditHistory): EditHistory {
  const last = history.past.at(-1);
  if (!last) return history;
  return { past: history.past.slice(0, -1), present: last.before, future: [last, ...history.future] };
}

export function redoStep(history: EditHistory): EditHistory {
  const [next, ...future] = history.future;
  if (!next) return history;
  return { past: [...history.past, next], present: next.after, future };
}

export interface Replay {
  history: EditHistory;
  /** Steps that could not be applied to the new plan, with the reason. */
  failed: { step: Step; reason: string }[];
}

/**
 * Replays `steps` on `base` (a plan changed from outside): the history then starts at `base` and holds the steps
 * that applied. A step that no longer applies (it edits a measure deleted outside) is listed in `failed`; the
 * steps after it are still tried.
 */
export function replaySteps(base: Plan, steps: readonly Step[]): Replay {
  let history = startHistory(base);
  const failed: Replay['failed'] = [];
  for (const step of steps) {
    try {
      history = recordStep(history, step, Number.POSITIVE_INFINITY);
    } catch (error) {
      failed.push({ step, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { history, failed };
}
