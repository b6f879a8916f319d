import { describe, expect, it } from 'vitest';
import {
  formatClock,
  isFinished,
  isRunning,
  newTimer,
  pauseTimer,
  remainingMs,
  resetTimer,
  setTimerMinutes,
  startTimer,
} from './timer';

const MIN = 60_000;

describe('session timer', () => {
  it('counts down while running, holds while paused, and resets to the full length', () => {
    let timer = newTimer(10);
    expect(remainingMs(timer, 5_000)).toBe(10 * MIN);
    timer = startTimer(timer, 0);
    expect(isRunning(timer)).toBe(true);
    expect(remainingMs(timer, 3 * MIN)).toBe(7 * MIN);
    timer = pauseTimer(timer, 3 * MIN);
    expect(remainingMs(timer, 9 * MIN)).toBe(7 * MIN);
    timer = startTimer(timer, 9 * MIN);
    expect(remainingMs(timer, 10 * MIN)).toBe(6 * MIN);
    expect(resetTimer(timer)).toEqual({ durationMs: 10 * MIN, remainingMs: 10 * MIN, startedAt: null });
  });

  it('stops at zero and is finished; a finished timer does not start again until reset', () => {
    let timer = startTimer(newTimer(1), 0);
    expect(remainingMs(timer, 2 * MIN)).toBe(0);
    expect(isFinished(timer, 2 * MIN)).toBe(true);
    timer = pauseTimer(timer, 2 * MIN);
    expect(startTimer(timer, 3 * MIN)).toBe(timer);
    expect(isFinished(newTimer(0), 0)).toBe(false);
  });

  it('takes a new length, keeping the time already used', () => {
    const fresh = setTimerMinutes(newTimer(10), 15, 0);
    expect(remainingMs(fresh, 0)).toBe(15 * MIN);
    const running = startTimer(newTimer(10), 0);
    const longer = setTimerMinutes(running, 20, 4 * MIN);
    expect(remainingMs(longer, 4 * MIN)).toBe(16 * MIN);
    expect(isRunning(longer)).toBe(true);
    const shorter = setTimerMinutes(running, 3, 4 * MIN);
    expect(remainingMs(shorter, 4 * MIN)).toBe(0);
    expect(isRunning(shorter)).toBe(false);
  });

  it('shows minutes and seconds, rounding seconds up', () => {
    expect(formatClock(25 * MIN)).toBe('25:00');
    expect(formatClock(61_001)).toBe('01:02');
    expect(formatClock(999)).toBe('00:01');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(120 * MIN)).toBe('120:00');
  });
});
