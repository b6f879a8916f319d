import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod } from './period';

describe('measure period text', () => {
  it('reads one year or a span, with hyphen or dash', () => {
    expect(parsePeriod('2027')).toEqual({ from: 2027, to: 2027 });
    expect(parsePeriod('2026-2029')).toEqual({ from: 2026, to: 2029 });
    expect(parsePeriod(' 2026 – 2028 ')).toEqual({ from: 2026, to: 2028 });
    expect(parsePeriod('')).toBeUndefined();
  });

  it('refuses text that is not a span of years in order', () => {
    expect(parsePeriod('2029-2026')).toBeNull();
    expect(parsePeriod('neste år')).toBeNull();
    expect(parsePeriod('1999')).toBeNull();
  });

  it('writes a span back the way it is read', () => {
    expect(formatPeriod({ from: 2026, to: 2029 })).toBe('2026–2029');
    expect(formatPeriod({ from: 2027, to: 2027 })).toBe('2027');
    expect(formatPeriod(undefined)).toBe('');
    expect(parsePeriod(formatPeriod({ from: 2026, to: 2029 }))).toEqual({ from: 2026, to: 2029 });
  });
});
