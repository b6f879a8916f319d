import { describe, expect, it } from 'vitest';
import { safeLine, safeText } from './safeText';

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
});
