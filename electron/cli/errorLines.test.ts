import { describe, expect, it } from 'vitest';
import { describeProblems } from '../../core/validation';
import { errorLines } from './errorLines';

const problems = Array.from({ length: 6 }, (_, i) => ({ path: `plan.field${i}`, message: `Feil ${i}` }));

describe('errorLines', () => {
  it('prints each problem once: the message keeps its sentence, the problems it listed go to the list', () => {
    const message = `«x.planhjul.json» er ikke en gyldig plan:\n${describeProblems(problems, 3)}`;
    expect(errorLines(message, problems)).toEqual([
      '«x.planhjul.json» er ikke en gyldig plan:',
      ...problems.map((p) => `  ${p.path}: ${p.message}`),
    ]);
  });

  it('keeps a message that lists no problems whole, and counts what is beyond the first twenty', () => {
    const many = Array.from({ length: 23 }, (_, i) => ({
      path: '',
      message: `Linje ${i + 1} mangler tiltak`,
    }));
    const lines = errorLines('Importen stoppet.\nIngenting er endret.', many);
    expect(lines.slice(0, 2)).toEqual(['Importen stoppet.', 'Ingenting er endret.']);
    expect(lines).toHaveLength(2 + 20 + 1);
    expect(lines.at(-1)).toBe('  … og 3 til');
  });

  it('prints the message alone when there are no problems', () => {
    expect(errorLines('Fant ikke planen /tmp/x.planhjul.json.')).toEqual([
      'Fant ikke planen /tmp/x.planhjul.json.',
    ]);
  });
});
