/**
 * The text rules of RFC 5545: escaped TEXT values (§3.3.11), lines of at most 75 octets folded with CRLF and a
 * space (§3.1), CRLF line ends.
 */
import { safeText } from '../../../core/text/safeText';

/** A TEXT value: cleaned of control characters and lone surrogates, then escaped. */
export function escapeText(value: string): string {
  return safeText(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Splits a content line into pieces of at most 75 octets, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
      limit = 74; // continuation lines begin with a space, which counts
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

export function contentLines(lines: readonly string[]): string {
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** `20270315` for a DATE value. */
export function icsDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

/** `20261125T101500Z` for a UTC DATE-TIME value. */
export function icsUtcDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
