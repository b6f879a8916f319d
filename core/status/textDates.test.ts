import { describe, expect, it } from 'vitest';
import { findDatesInText } from './textDates';

const dates = (text: string, earliest = '2026-09-01') =>
  findDatesInText(text, earliest).map((d) => [d.words, d.date]);

describe('findDatesInText', () => {
  it('reads month names as the first such month not ending before the period start', () => {
    expect(dates('Vi blir ferdig i desember.')).toEqual([['desember', '2026-12-31']]);
    expect(dates('Oppstart i februar.')).toEqual([['februar', '2027-02-28']]);
    expect(dates('Ferdig i Desember 2027')).toEqual([['Desember 2027', '2027-12-31']]);
  });

  it('reads day and month, with or without year and with abbreviations', () => {
    expect(dates('Rutinen skal være klar innen 1. mars', '2027-01-01')).toEqual([['1. mars', '2027-03-01']]);
    expect(dates('innen 15. okt. 2026')).toEqual([['15. okt. 2026', '2026-10-15']]);
    expect(dates('frist 30. juni 2027')).toEqual([['30. juni 2027', '2027-06-30']]);
  });

  it('reads numeric dates', () => {
    expect(dates('Frist 31.03.2026 og 2026-11-15, evt. 1.2.27')).toEqual([
      ['31.03.2026', '2026-03-31'],
      ['2026-11-15', '2026-11-15'],
      ['1.2.27', '2027-02-01'],
    ]);
    expect(dates('31.02.2026 finnes ikke')).toEqual([]);
  });

  it('reads seasons and years after a preposition', () => {
    expect(dates('i løpet av høsten')).toEqual([['høsten', '2026-11-30']]);
    expect(dates('i løpet av våren')).toEqual([['våren', '2027-06-30']]);
    expect(dates('høst 2026 og våren 2027')).toEqual([
      ['høst 2026', '2026-11-30'],
      ['våren 2027', '2027-06-30'],
    ]);
    expect(dates('innen utgangen av 2026')).toEqual([['utgangen av 2026', '2026-12-31']]);
    expect(dates('innen 2027')).toEqual([['innen 2027', '2027-12-31']]);
  });

  it('leaves ordinary words and numbers alone', () => {
    expect(
      dates('Vår kommune har 12 ansatte i tjenesten og marsjerer videre. 2 av 3 har fått kurs.'),
    ).toEqual([]);
    expect(dates('Versjon 1.2 av rutinen')).toEqual([]);
  });
});
