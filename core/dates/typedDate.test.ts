import { describe, expect, it } from 'vitest';
import { formatTypedDate, parseTypedDate } from './typedDate';

describe('dates as people type them', () => {
  it('read dd.mm.åååå, d.m.åå and ISO dates', () => {
    expect(parseTypedDate('31.03.2027')).toEqual({ ok: true, iso: '2027-03-31' });
    expect(parseTypedDate(' 1.3.27 ')).toEqual({ ok: true, iso: '2027-03-01' });
    expect(parseTypedDate('29.02.2028')).toEqual({ ok: true, iso: '2028-02-29' });
    expect(parseTypedDate('2027-3-9')).toEqual({ ok: true, iso: '2027-03-09' });
    expect(parseTypedDate('')).toEqual({ ok: true, iso: '' });
  });

  it('refuse impossible dates and other text', () => {
    for (const text of [
      '31.02.2027',
      '29.02.2027',
      '32.01.2027',
      '00.01.2027',
      '12.13.2027',
      '31/03/2027',
      '31.03',
      'i morgen',
    ]) {
      expect(parseTypedDate(text), text).toEqual({ ok: false });
    }
  });

  it('show a stored date the way it is typed, and back again', () => {
    expect(formatTypedDate('2027-03-31')).toBe('31.03.2027');
    expect(parseTypedDate(formatTypedDate('2027-12-01'))).toEqual({ ok: true, iso: '2027-12-01' });
    expect(formatTypedDate('')).toBe('');
  });
});
