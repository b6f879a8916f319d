import fc from 'fast-check';
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

/** The straightforward version, measuring every candidate cut from scratch: the fast one must agree with it. */
function fitTextByMeasuringEachCut(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold: boolean,
  wholeWords: boolean,
): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (textWidth(clean, fontSize, bold) <= maxWidth) return clean;
  if (wholeWords) {
    const words = clean.split(' ');
    for (let keep = words.length - 1; keep > 0; keep -= 1) {
      const candidate = `${words
        .slice(0, keep)
        .join(' ')
        .replace(/[,.;:–-]$/, '')}…`;
      if (textWidth(candidate, fontSize, bold) <= maxWidth) return candidate;
    }
    return '';
  }
  const chars = [...clean];
  let keep = chars.length - 1;
  while (keep > 0 && textWidth(`${chars.slice(0, keep).join('').trimEnd()}…`, fontSize, bold) > maxWidth) {
    keep -= 1;
  }
  if (keep === 0) return '';
  let cut = chars.slice(0, keep).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd().replace(/[,.;:–-]$/, '')}…`;
}

describe('the fitted label', () => {
  it('is the one found by measuring every cut', () => {
    const words = fc.constantFrom(
      'Tilskudd',
      'mot',
      'vold',
      'i',
      'nære,',
      'relasjoner.',
      '3.',
      'år–',
      '☃',
      'Ø',
      ' ',
      '\u00a0',
      '\n',
    );
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 14 }).map((parts) => parts.join(' ')),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom(8, 10, 16),
        fc.boolean(),
        fc.boolean(),
        (text, maxWidth, fontSize, bold, wholeWords) => {
          expect(fitText(text, maxWidth, fontSize, bold, wholeWords)).toBe(
            fitTextByMeasuringEachCut(text, maxWidth, fontSize, bold, wholeWords),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
