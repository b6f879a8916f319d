import { BOLD_WIDTHS, GLYPH_CHARS, REGULAR_WIDTHS } from './glyphWidths';

const INDEX = new Map([...GLYPH_CHARS].map((char, i) => [char, i]));
/** Characters outside the table (rare letters, symbols) count as wide, so a label is never measured short. */
const UNKNOWN_WIDTH = 1000;

/** Width of `text` in DejaVu Sans at `fontSize` (same unit as the font size). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const widths = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  let total = 0;
  for (const char of text) {
    const index = INDEX.get(char);
    total += index === undefined ? UNKNOWN_WIDTH : (widths[index] ?? UNKNOWN_WIDTH);
  }
  return (total / 1000) * fontSize;
}

/**
 * `text` cut to fit `maxWidth`, ending with «…» when cut; empty when not even one letter and the ellipsis fit.
 * Cuts at a word boundary when that keeps most of the text; with `wholeWords`, only ever between words (so the
 * words shown are the words of the full text, as speech control and screen readers need).
 */
export function fitText(
  text: string,
  maxWidth: number,
  fontSize: number,
  bold = false,
  wholeWords = false,
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
