import { describe, expect, it } from 'vitest';
import { suggestedFileName } from './suggestedFileName';

describe('suggestedFileName', () => {
  it('keeps Norwegian letters and drops characters a file name cannot hold', () => {
    expect(suggestedFileName('Plan: vold i nære relasjoner 2027/2030')).toBe(
      'Plan vold i nære relasjoner 2027 2030.planhjul.json',
    );
  });

  it('never gives an empty name', () => {
    expect(suggestedFileName(' ?* ')).toBe('Handlingsplan.planhjul.json');
  });
});
