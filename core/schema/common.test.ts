import { describe, expect, it } from 'vitest';
import { Id, IsoDate, ShortText } from './common';

describe('a date in the plan file', () => {
  it('is a day of the calendar, written YYYY-MM-DD', () => {
    for (const day of ['2026-01-01', '2028-02-29', '2026-12-31', '2000-02-29'])
      expect(IsoDate.safeParse(day).success).toBe(true);
    for (const day of ['2027-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '1900-02-29'])
      expect(IsoDate.safeParse(day).error?.issues[0]?.message).toBe('Ugyldig dato');
    expect(IsoDate.safeParse('1.2.2026').error?.issues[0]?.message).toBe('Dato må skrives ÅÅÅÅ-MM-DD');
    expect(IsoDate.safeParse(20260101).error?.issues[0]?.message).toMatch(/^Ugyldig input: forventet string/);
  });
});

describe('a text in the plan file', () => {
  it('has a length within its bounds, said in zod’s Norwegian', () => {
    expect(Id.safeParse('m1').success).toBe(true);
    expect(Id.safeParse('').error?.issues[0]).toMatchObject({ code: 'too_small', minimum: 1 });
    expect(Id.safeParse('x'.repeat(101)).error?.issues[0]).toMatchObject({ code: 'too_big', maximum: 100 });
    expect(ShortText.safeParse('').success).toBe(true);
    expect(ShortText.safeParse('x'.repeat(501)).error?.issues[0]?.message).toContain('500');
  });
});
