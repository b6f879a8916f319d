import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../../tests/support/hostileText';
import { safeLine, safeText } from './safeText';

/** What no text that leaves the app may hold: C0/C1 controls but tab and newline, lone surrogates, U+FFFE/FFFF. */
const NOT_ALLOWED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly these characters
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('safeText', () => {
  it('removes what XML 1.0 cannot hold and nothing else', () => {
    const forbidden = '\u0000\u0001\u0008\u000e\u001f\u007f\u0080\u009f\udfff\ud800\ufffe\uffff';
    expect(safeText(`a${forbidden}b`)).toBe('ab');
    const kept = 'Tab\there, «æøå» ÆØÅ – “quotes” <&> \u00a0 \ue000 \ufffd';
    expect(safeText(kept)).toBe(kept);
  });

  it('keeps emoji, right-to-left names and long words', () => {
    const text = `👩‍👧‍👦 مريم الحسن שָׁלוֹם 🇳🇴 ${'x'.repeat(5000)}`;
    expect(safeText(text)).toBe(text.normalize('NFC'));
  });

  it('drops a lone surrogate half but keeps the pair next to it', () => {
    expect(safeText('a\ud83d\ude00b\ud83dc\ude00d')).toBe('a😀bcd');
  });

  it('turns every kind of line break into \\n and composes letters', () => {
    expect(safeText('a\r\nb\rc\u2028d\u2029e\u0085f\u000bg')).toBe('a\nb\nc\nd\ne\nf\ng');
    expect(safeText('a\u030a')).toBe('å');
  });

  it('makes one line for headings and cells', () => {
    expect(safeLine('  Tittel\nmed\t\tlinjeskift  ')).toBe('Tittel med linjeskift');
  });

  it('leaves nothing XML cannot hold in any generated text, and cleaning twice changes nothing', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const clean = safeText(text);
        expect(clean).not.toMatch(NOT_ALLOWED);
        expect(safeText(clean)).toBe(clean);
        expect(safeLine(text)).not.toMatch(/[\t\n]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps every letter, emoji and sign of text that holds nothing to remove', () => {
    fc.assert(
      fc.property(
        // Line and paragraph separators are line breaks, which become `\n` by design.
        fc.string({ unit: 'grapheme', maxLength: 40 }).filter((text) => !/[\u0085\u2028\u2029]/.test(text)),
        (text) => {
          expect(safeText(text)).toBe(text.normalize('NFC'));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
