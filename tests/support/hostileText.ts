import fc from 'fast-check';

/**
 * Pieces of text as people paste them and as attackers type them: controls (Word's soft line break \u000b, NUL,
 * \u0001, C1), lone surrogate halves, the noncharacters U+FFFE/U+FFFF, every kind of line break, XML's and
 * iCalendar's own signs, emoji, Norwegian letters (also decomposed), and any Unicode code point at all.
 */
const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\u0000',
    '\u0001',
    '\u0008',
    '\u000b',
    '\u000c',
    '\u001b',
    '\u007f',
    '\u0085',
    '\u009b',
    '\ufffe',
    '\uffff',
    '\r\n',
    '\r',
    '\n',
    '\t',
    '\u2028',
    '\u2029',
  ),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)),
  fc.constantFrom('<', '>', '&', '"', "'", ']]>', '&amp;', ';', ',', '\\', ':', '\\n'),
  fc.constantFrom('😀', '👩‍👧‍👦', '🇳🇴', '🎉', 'مريم', 'שָׁלוֹם'),
  fc.constantFrom('æ', 'ø', 'å', 'Æ', 'Ø', 'Å', 'a\u030a', 'o\u0338', 'é'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
  fc.constantFrom('Trygg', ' ', 'hverdag', 'Barnevern', 'vold'),
);

/** Any text a user might put into a plan, hostile pieces included. */
export const hostileText: fc.Arbitrary<string> = fc.string({
  unit: hostilePiece,
  minLength: 1,
  maxLength: 24,
});
