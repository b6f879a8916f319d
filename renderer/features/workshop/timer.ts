/**
 * A countdown for one workshop session, as plain values so it is easy to test: how long the session is, how
 * much was left when it was last paused, and when it was started (null while paused).
 */
export interface TimerState {
  durationMs: number;
  remainingMs: number;
  startedAt: number | null;
}

export function newTimer(minutes: number): TimerState {
  const durationMs = Math.max(0, minutes) * 60_000;
  return { durationMs, remainingMs: durationMs, startedAt: null };
}

export function remainingMs(state: TimerState, now: number): number {
  if (state.startedAt === null) return state.remainingMs;
  return Math.max(0, state.remainingMs - (now - state.startedAt));
}

export function isRunning(state: TimerState): boolean {
  return state.startedAt !== null;
}

export function isFinished(state: TimerState, now: number): boolean {
  return state.durationMs > 0 && remainingMs(state, now) === 0;
}

export function startTimer(state: TimerState, now: number): TimerState {
  if (state.startedAt !== null || state.remainingMs === 0) return state;
  return { ...state, startedAt: now };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.startedAt === null) return state;
  return { ...state, remainingMs: remainingMs(state, now), startedAt: null };
}

export function resetTimer(state: TimerState): TimerState {
  return { ...state, remainingMs: state.durationMs, startedAt: null };
}

/** A new length for the session: a timer not yet started takes it whole; a started one keeps the time used. */
export function setTimerMinutes(state: TimerState, minutes: number, now: number): TimerState {
  const durationMs = Math.max(0, minutes) * 60_000;
  const used = state.durationMs - remainingMs(state, now);
  const remaining = Math.max(0, durationMs - used);
  return {
    durationMs,
    remainingMs: remaining,
    startedAt: state.startedAt === null || remaining === 0 ? null : now,
  };
}

/** «24:05»; whole seconds rounded up, so a timer shows 00:00 only when the time is really out. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}
