import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from '../messages/catalogues';
import { parseDateCell, parseStatusCell, parseYearSpanCell, splitNames } from './cellValues';

describe('import cell values', () => {
  it('reads dates as ISO or Norwegian day.month.year', () => {
    expect(parseDateCell('2026-03-31', 'Frist')).toEqual({ ok: true, value: '2026-03-31' });
    expect(parseDateCell(' 31.03.2026 ', 'Frist')).toEqual({ ok: true, value: '2026-03-31' });
    expect(parseDateCell('1.3.2026', 'Frist')).toEqual({ ok: true, value: '2026-03-01' });
    expect(parseDateCell('2026-3-1', 'Frist')).toEqual({ ok: true, value: '2026-03-01' });
  });

  it('refuses impossible and unreadable dates, naming the column and the format', () => {
    for (const text of ['31.02.2026', '2026-13-01', 'mars 2026', '03/31/2026', '']) {
      const result = parseDateCell(text, 'Frist');
      expect(result.ok, text).toBe(false);
      if (!result.ok)
        expect(formatCoreMessage(result.text)).toMatch(
          /^Frist «.*» er ikke en gyldig dato\. Skriv datoen som 2026-03-31/,
        );
    }
  });

  it('reads a year or a span of years', () => {
    expect(parseYearSpanCell('2026')).toEqual({ ok: true, value: { from: 2026, to: 2026 } });
    expect(parseYearSpanCell('2026-2029')).toEqual({ ok: true, value: { from: 2026, to: 2029 } });
    expect(parseYearSpanCell('2026 – 2029')).toEqual({ ok: true, value: { from: 2026, to: 2029 } });
    const reversed = parseYearSpanCell('2029-2026');
    expect(reversed.ok).toBe(false);
    if (!reversed.ok) expect(formatCoreMessage(reversed.text)).toMatch(/slutter før/);
    expect(parseYearSpanCell('hele perioden')).toMatchObject({ ok: false });
    expect(parseYearSpanCell('1999')).toMatchObject({ ok: false });
  });

  it('reads status labels in any case, with a hyphen for the dash, in Bokmål and Nynorsk', () => {
    expect(parseStatusCell('Pågår – i rute')).toEqual({ ok: true, value: 'on-track' });
    expect(parseStatusCell('pågår - RISIKO')).toEqual({ ok: true, value: 'at-risk' });
    expect(parseStatusCell('gjennomført')).toEqual({ ok: true, value: 'done' });
    expect(parseStatusCell('Avslutta-ikkje gjennomført')).toEqual({ ok: true, value: 'stopped' });
    expect(parseStatusCell('Ikke rapportert')).toEqual({ ok: true, value: null });
  });

  it('refuses an unknown status and lists the valid ones', () => {
    const result = parseStatusCell('Nesten ferdig');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) {
      expect(formatCoreMessage(result.text)).toContain('Ikke startet, Pågår – i rute');
      expect(formatCoreMessage(result.text, 'nn')).toContain('Bruk ein av desse: Ikkje starta, ');
      expect(formatCoreMessage(result.text, 'en')).toMatch(
        /^Status “Nesten ferdig” does not exist\. Use one of these: Not started, /,
      );
    }
  });

  it('splits partner names on commas without repeats', () => {
    expect(splitNames('NAV,  Politiet , nav,,Krisesenteret')).toEqual(['NAV', 'Politiet', 'Krisesenteret']);
    expect(splitNames('  ')).toEqual([]);
  });
});
