import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv } from './csv';

describe('CSV', () => {
  it('detects semicolon, comma and tab from the header line', () => {
    expect(detectSeparator('Satsingsområde;Tiltak;Ansvarlig\n1;a,b;c')).toBe(';');
    expect(detectSeparator('Satsingsområde,Tiltak,Ansvarlig\n1,"a;b",c')).toBe(',');
    expect(detectSeparator('Tiltak\tAnsvarlig\n')).toBe('\t');
    expect(detectSeparator('Tiltak\nLage rutine, også for eldre')).toBe(';');
    expect(detectSeparator('"Tiltak;med;semikolon",Ansvarlig')).toBe(',');
  });

  it('parses semicolon-separated records with their line numbers', () => {
    expect(parseCsv('Tiltak;Ansvarlig\r\nLage rutine;NAV\r\n\r\nGi kurs;Skolene\r\n')).toEqual([
      { line: 1, cells: ['Tiltak', 'Ansvarlig'] },
      { line: 2, cells: ['Lage rutine', 'NAV'] },
      { line: 3, cells: [''] },
      { line: 4, cells: ['Gi kurs', 'Skolene'] },
    ]);
  });

  it('keeps separators, doubled quotes and line breaks inside quoted fields, counting lines as in the file', () => {
    const text = [
      'Tiltak,Beskrivelse,Samarbeidspartnere',
      '"Lage rutine, del 1","Første linje',
      'andre linje med ""sitat""","NAV, Politiet"',
      'Gi kurs,Kort,Skolene',
    ].join('\n');
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['Tiltak', 'Beskrivelse', 'Samarbeidspartnere'] },
      { line: 2, cells: ['Lage rutine, del 1', 'Første linje\nandre linje med "sitat"', 'NAV, Politiet'] },
      { line: 4, cells: ['Gi kurs', 'Kort', 'Skolene'] },
    ]);
  });

  it('keeps empty trailing fields and a last line without line break', () => {
    expect(parseCsv('Tiltak;Frist;\nA;;')).toEqual([
      { line: 1, cells: ['Tiltak', 'Frist', ''] },
      { line: 2, cells: ['A', '', ''] },
    ]);
    expect(parseCsv('')).toEqual([]);
  });
});
