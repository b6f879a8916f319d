import { describe, expect, it } from 'vitest';
import { DEFAULT_MINUTES, loadMinutes, parseMinutes, SESSION_IDS, saveMinutes } from './agenda';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
  };
}

describe('workshop agenda', () => {
  it('has the seven guided steps, 90 minutes in all by default', () => {
    expect(SESSION_IDS).toHaveLength(7);
    expect(Object.values(DEFAULT_MINUTES).reduce((a, b) => a + b, 0)).toBe(90);
  });

  it('remembers changed minutes and ignores damaged or out-of-range values', () => {
    const storage = memoryStorage();
    saveMinutes({ ...DEFAULT_MINUTES, measures: 30 }, storage);
    expect(loadMinutes(storage).measures).toBe(30);
    expect(loadMinutes(memoryStorage({ 'planhjulet.workshop.minutes': 'rot' }))).toEqual(DEFAULT_MINUTES);
    expect(loadMinutes(memoryStorage({ 'planhjulet.workshop.minutes': '{"start":-4}' }))).toEqual(
      DEFAULT_MINUTES,
    );
  });

  it('reads a minutes field', () => {
    expect(parseMinutes(' 25 ')).toBe(25);
    expect(parseMinutes('0')).toBe(0);
    expect(parseMinutes('2,5')).toBeNull();
    expect(parseMinutes('999')).toBeNull();
    expect(parseMinutes('')).toBeNull();
  });
});
