import { describe, expect, it } from 'vitest';
import { parseDateText } from './dateText';

describe('parseDateText', () => {
  it('reads Norwegian and ISO dates', () => {
    expect(parseDateText('31.12.2027')).toBe('2027-12-31');
    expect(parseDateText(' 1.7.2027 ')).toBe('2027-07-01');
    expect(parseDateText('31.12.27')).toBe('2027-12-31');
    expect(parseDateText('2027-12-31')).toBe('2027-12-31');
  });

  it('refuses what is not a real date', () => {
    expect(parseDateText('30.02.2027')).toBeNull();
    expect(parseDateText('31122027')).toBeNull();
    expect(parseDateText('12/31/2027')).toBeNull();
    expect(parseDateText('')).toBeNull();
  });
});
