import { BOLD_WIDTHS, GLYPH_CHARS, REGULAR_WIDTHS } from './glyphWidths';

const INDEX = new Map([...GLYPH_CHARS].map((char, i) => [char, i]));
/** Characters outside the table (rare letters, symbols) count as wide, so a label is never measured short. */
const UNKNOWN_WIDTH = 1000;

/** Width of `text` in DejaVu Sans at `fontSize` (same unit as the font size). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const widths = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  let total = 0;
  for (const char of text) total += charWidth(char, widths);
  return (total / 1000) * fontSize;
}

function charWidth(char: string, widths: readonly number[]): number {
  const index = INDEX.get(char);
  return index === undefined ? UNKNOWN_WIDTH : (widths[index] ?? UNKNOWN_WIDTH);
}

const TRAILING_PUNCTUATION = /[,.;:–-]$/;

/**
 * `text` cut to fit `maxWidth`, ending with «…» when cut; empty when not even one letter and the ellipsis fit.
 * Cuts at a word boundary when that keeps most of the text; with `wholeWords`, only ever between words (so the
 * words shown are the words of the full text, as speech control and screen readers need). Widths are summed
 * once per character (in thousandths of the font size, as `textWidth` does), not once per candidate cut: a poster
 * fits some hundred labels.
 */
export function fitText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
  wholeWords = false,
): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const widths = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  const fits = (units: number) => (units / 1000) * fontSize <= maxWidth;
  const chars = [...clean];
  // before[k]: the width of the first k characters.
  const before = [0];
  for (const char of chars) before.push((before.at(-1) as number) + charWidth(char, widths));
  if (fits(before[chars.length] as number)) return clean;
  const ellipsis = charWidth('…', widths);
  if (wholeWords) {
    // The spaces between words: the first k words are chars[0, spaces[k - 1]).
    const spaces: number[] = [];
    chars.forEach((char, i) => {
      if (char === ' ') spaces.push(i);
    });
    for (let keep = spaces.length; keep > 0; keep -= 1) {
      const end = spaces[keep - 1] as number;
      const cut = TRAILING_PUNCTUATION.test(chars[end - 1] ?? '') ? end - 1 : end;
      if (fits((before[cut] as number) + ellipsis)) return `${chars.slice(0, cut).join('')}…`;
    }
    return '';
  }
  const trimmedWidth = (k: number) => {
    let end = k;
    while (end > 0 && chars[end - 1] === ' ') end -= 1;
    return before[end] as number;
  };
  let keep = chars.length - 1;
  while (keep > 0 && !fits(trimmedWidth(keep) + ellipsis)) keep -= 1;
  if (keep === 0) return '';
  let cut = chars.slice(0, keep).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd().replace(TRAILING_PUNCTUATION, '')}…`;
}
