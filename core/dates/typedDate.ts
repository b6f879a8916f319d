import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parse } from 'date-fns/parse';

export type TypedDate = { ok: true; iso: string } | { ok: false };

const PATTERNS: readonly { pattern: RegExp; format: string }[] = [
  { pattern: /^\d{1,2}\.\d{1,2}\.\d{4}$/, format: 'd.M.yyyy' },
  { pattern: /^\d{1,2}\.\d{1,2}\.\d{2}$/, format: 'd.M.yy' },
  { pattern: /^\d{4}-\d{1,2}-\d{1,2}$/, format: 'yyyy-M-d' },
];

// A fixed day for date-fns to fill in what a pattern lacks; only the century of two-digit years depends on it.
const REFERENCE = new Date(2000, 0, 1);

/**
 * A date as people type it in Norway: `31.03.2027`, `31.3.27`, or `2027-03-31` (pasted from a spreadsheet).
 * Two-digit years are this century. Empty text is `''` (no date). Impossible dates (31.02) are refused.
 */
export function parseTypedDate(text: string): TypedDate {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, iso: '' };
  for (const { pattern, format: shape } of PATTERNS) {
    if (!pattern.test(trimmed)) continue;
    const date = parse(trimmed, shape, REFERENCE);
    if (!isValid(date) || date.getFullYear() < 1900 || date.getFullYear() > 2199) return { ok: false };
    return { ok: true, iso: format(date, 'yyyy-MM-dd') };
  }
  return { ok: false };
}

/** `2027-03-31` → `31.03.2027`, as the date field shows it; anything else is shown as it is. */
export function formatTypedDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}
