import { describe, expect, it } from 'vitest';
import { fitText, textWidth } from './textWidth';

describe('label widths', () => {
  it('measures with the DejaVu Sans advance widths, bold wider than regular', () => {
    expect(textWidth('0', 1000)).toBe(636);
    expect(textWidth('Årshjul', 10)).toBeCloseTo(34.4, 5);
    expect(textWidth('Årshjul', 10, true)).toBeGreaterThan(textWidth('Årshjul', 10));
    // An unknown character counts as a full em, never as nothing.
    expect(textWidth('☃', 10)).toBe(10);
  });

  it('cuts a label to the room it has, at a word when it can, with an ellipsis', () => {
    expect(fitText('Kort', 100, 10)).toBe('Kort');
    const cut = fitText('Tilskuddsordningen mot vold i nære relasjoner lyses ut', 150, 10);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 10)).toBeLessThanOrEqual(150);
    // «Tilskuddsordningen mot vo…» would fit; the cut goes back to the last whole word.
    expect(cut).toBe('Tilskuddsordningen mot…');
    expect(fitText('Tilskuddsordningen', 5, 10)).toBe('');
  });
});

describe('labels cut between words', () => {
  it('keeps only whole words, or nothing', () => {
    const cut = fitText('2 Statusinnhenting for 3. tertial og året', 60, 10, false, true);
    expect(cut).toBe('2…');
    expect(fitText('2 Statusinnhenting for 3. tertial og året', 110, 10, false, true)).toBe(
      '2 Statusinnhenting…',
    );
    expect(fitText('Statusinnhenting', 30, 10, false, true)).toBe('');
  });
});
