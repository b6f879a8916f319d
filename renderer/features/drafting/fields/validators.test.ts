import { describe, expect, it } from 'vitest';
import { municipalityNumber, optionalAmount, optionalDate, parseAmount, required, year } from './validators';

describe('field checks', () => {
  it('name what is wrong with a value, and accept good ones', () => {
    expect(required(' ')).toBe('required');
    expect(required('Bodø')).toBeNull();
    expect(year('2026')).toBeNull();
    expect(year('26')).toBe('year');
    expect(year('1999')).toBe('year');
    expect(optionalDate('')).toBeNull();
    expect(optionalDate('2027-02-30')).toBe('date');
    expect(optionalDate('2027-02-28')).toBeNull();
    expect(municipalityNumber('1804')).toBeNull();
    expect(municipalityNumber('18')).toBe('municipalityNumber');
    expect(optionalAmount('12 500,50')).toBeNull();
    expect(optionalAmount('mye')).toBe('amount');
  });

  it('reads amounts written the Norwegian way', () => {
    expect(parseAmount('350 000')).toBe(350000);
    expect(parseAmount('12,5')).toBe(12.5);
    expect(parseAmount('')).toBeUndefined();
  });
});
