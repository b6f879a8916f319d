import type { YearSpan } from '../../../../core/schema/measure';

/** «2026» or «2026–2029» (hyphen or en dash) as a year span; null when it cannot be read, undefined when empty. */
export function parsePeriod(text: string): YearSpan | undefined | null {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const match = /^(\d{4})(?:\s*[-–—]\s*(\d{4}))?$/.exec(trimmed);
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  if (from < 2000 || to > 2100 || to < from) return null;
  return { from, to };
}

export function formatPeriod(period: YearSpan | undefined): string {
  if (!period) return '';
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}
