import { describe, expect, it } from 'vitest';
import { editDistance, matchBySimilarName } from './normalise';

const AREAS = [
  'Hjelp og beskyttelse til voldsutsatte',
  'Forebygging, også tilbud til dem som utøver vold',
  'Avdekking og synliggjøring',
  'Samarbeid og samordning av tjenestene',
  'Kompetanse i de kommunale tjenestene',
];
const match = (wanted: string, items: readonly string[] = AREAS) =>
  matchBySimilarName(items, (name) => [name], wanted);

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('forebygging', 'forebyging')).toBe(1);
    expect(editDistance('tjenestene', 'tjenester')).toBe(2);
  });
});

describe('matchBySimilarName', () => {
  it('matches regardless of case, Norwegian letters and punctuation', () => {
    expect(match('AVDEKKING OG SYNLIGGJORING')).toBe(AREAS[2]);
    expect(match('Samarbeid og samordning av tjenestene.')).toBe(AREAS[3]);
  });

  it('matches the beginning of a title', () => {
    expect(match('Forebygging')).toBe(AREAS[1]);
    expect(match('hjelp og beskyttelse')).toBe(AREAS[0]);
  });

  it('matches a few typing slips, in the whole title or its beginning', () => {
    expect(match('Kompetanse i de kommunale tjenester')).toBe(AREAS[4]);
    expect(match('Avdeking og synligjøring')).toBe(AREAS[2]);
    expect(match('Forebyging')).toBe(AREAS[1]);
    expect(match('Samarbeid og samordnng')).toBe(AREAS[3]);
  });

  it('does not match names that only look alike', () => {
    expect(match('Kompetanse')).toBe(AREAS[4]);
    expect(match('Rus og psykisk helse')).toBeUndefined();
    expect(match('Bolig')).toBeUndefined();
    // Short names must be written as they are: one letter is too much of a short word.
    expect(match('Rus', ['Bus'])).toBeUndefined();
    expect(match('Barn', ['Born'])).toBeUndefined();
  });

  it('gives up when two are equally close', () => {
    expect(match('Tiltak for barn', ['Tiltak for born', 'Tiltak for bar'])).toBeUndefined();
    expect(match('Tiltak for barn', ['Tiltak for born', 'Tiltak for voksne'])).toBe('Tiltak for born');
  });
});
