import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_MINUTES, loadMinutes, SESSION_IDS, type SessionId, saveMinutes } from './agenda';
import {
  isRunning,
  newTimer,
  pauseTimer,
  remainingMs,
  resetTimer,
  setTimerMinutes,
  startTimer,
  type TimerState,
} from './timer';

type Timers = Record<SessionId, TimerState>;

export interface SessionTimers {
  minutes: Record<SessionId, number>;
  timers: Timers;
  now: number;
  start(id: SessionId): void;
  pause(id: SessionId): void;
  reset(id: SessionId): void;
  setMinutes(id: SessionId, minutes: number): void;
}

function timersFor(minutes: Record<SessionId, number>): Timers {
  return Object.fromEntries(SESSION_IDS.map((id) => [id, newTimer(minutes[id])])) as Timers;
}

/**
 * One countdown per session; only one runs at a time (starting one pauses the others). `onFinished` is
 * called once when a running session's time is out, so the page can say so (politely, once, not every second).
 */
export function useSessionTimers(onFinished: (id: SessionId) => void): SessionTimers {
  const [minutes, setMinutesState] = useState<Record<SessionId, number>>(() =>
    typeof localStorage === 'undefined' ? DEFAULT_MINUTES : loadMinutes(),
  );
  const [timers, setTimers] = useState<Timers>(() => timersFor(minutes));
  const [now, setNow] = useState(() => Date.now());
  const timersRef = useRef(timers);
  useEffect(() => {
    timersRef.current = timers;
  }, [timers]);
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  }, [onFinished]);

  const anyRunning = SESSION_IDS.some((id) => isRunning(timers[id]));
  useEffect(() => {
    if (!anyRunning) return;
    const tick = () => {
      const at = Date.now();
      setNow(at);
      const current = timersRef.current;
      const done = SESSION_IDS.filter((id) => isRunning(current[id]) && remainingMs(current[id], at) === 0);
      if (done.length === 0) return;
      const next = { ...current };
      for (const id of done) next[id] = pauseTimer(current[id], at);
      timersRef.current = next;
      setTimers(next);
      for (const id of done) finished.current(id);
    };
    const interval = setInterval(tick, 250);
    return () => clearInterval(interval);
  }, [anyRunning]);

  const change = useCallback((id: SessionId, update: (timer: TimerState, at: number) => TimerState) => {
    const at = Date.now();
    setNow(at);
    setTimers((current) => ({ ...current, [id]: update(current[id], at) }));
  }, []);

  const start = useCallback((id: SessionId) => {
    const at = Date.now();
    setNow(at);
    setTimers((current) => {
      const next = { ...current };
      for (const other of SESSION_IDS) next[other] = pauseTimer(current[other], at);
      next[id] = startTimer(next[id], at);
      return next;
    });
  }, []);
  const pause = useCallback((id: SessionId) => change(id, pauseTimer), [change]);
  const reset = useCallback((id: SessionId) => change(id, (timer) => resetTimer(timer)), [change]);
  const setMinutes = useCallback(
    (id: SessionId, value: number) => {
      setMinutesState((current) => {
        const next = { ...current, [id]: value };
        saveMinutes(next);
        return next;
      });
      change(id, (timer, at) => setTimerMinutes(timer, value, at));
    },
    [change],
  );

  return { minutes, timers, now, start, pause, reset, setMinutes };
}
