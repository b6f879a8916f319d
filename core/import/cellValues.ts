import { parseTypedDate } from '../dates/typedDate';
import { STATUS_LABELS } from '../labels/domainLabels';
import { inLanguages } from '../messages/inLanguages';
import { type Message, message } from '../messages/message';
import type { Language } from '../schema/common';
import type { MeasureStatus } from '../schema/status';

type Parsed<T> = { ok: true; value: T } | { ok: false; text: Message };

/** A date as the date field reads it (`31.03.2026`, `31.3.26`, `2026-03-31`) → `2026-03-31`. */
export function parseDateCell(text: string, column: string): Parsed<string> {
  const typed = parseTypedDate(text);
  if (typed.ok && typed.iso !== '') return { ok: true, value: typed.iso };
  return { ok: false, text: message('import.date-invalid', { column, value: text.trim() }) };
}

/** `2026` or `2026-2029` (also with an en dash) → `{ from, to }`. */
export function parseYearSpanCell(text: string): Parsed<{ from: number; to: number }> {
  const trimmed = text.trim();
  const match = /^(\d{4})(?:\s*[-–—]\s*(\d{4}))?$/.exec(trimmed);
  const from = Number(match?.[1]);
  const to = match?.[2] === undefined ? from : Number(match[2]);
  if (!match || from < 2000 || to > 2100) {
    return { ok: false, text: message('import.period-not-years', { value: trimmed }) };
  }
  if (to < from) return { ok: false, text: message('import.period-reversed', { value: trimmed }) };
  return { ok: true, value: { from, to } };
}

const foldLabel = (label: string) =>
  label
    .toLocaleLowerCase('nb')
    .replace(/\s*[-–—]\s*/g, ' – ')
    .replace(/\s+/g, ' ')
    .trim();

const STATUS_BY_LABEL = new Map<string, MeasureStatus | 'no-report'>(
  (Object.entries(STATUS_LABELS) as [MeasureStatus | 'no-report', Record<string, string>][]).flatMap(
    ([status, labels]) => Object.values(labels).map((label) => [foldLabel(label), status] as const),
  ),
);

/**
 * A status label from the status vocabulary (Bokmål, Nynorsk or English, any case, `-` for `–`).
 * «Ikke rapportert» gives `null`: no status update.
 */
export function parseStatusCell(text: string): Parsed<MeasureStatus | null> {
  const status = STATUS_BY_LABEL.get(foldLabel(text));
  if (status === undefined) {
    const labels = Object.entries(STATUS_LABELS).filter(([key]) => key !== 'no-report');
    const list = (language: Language) => labels.map(([, l]) => l[language]).join(', ');
    const statuses = inLanguages({ nb: list('nb'), nn: list('nn'), en: list('en') });
    return { ok: false, text: message('import.status-unknown', { value: text.trim(), statuses }) };
  }
  return { ok: true, value: status === 'no-report' ? null : status };
}

/** Names separated by commas (or semicolons, or line breaks), trimmed, without repeats. */
export function splitNames(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const name = part.trim();
    const key = name.toLocaleLowerCase('nb');
    if (name !== '' && !seen.has(key)) {
      seen.add(key);
      names.push(name);
    }
  }
  return names;
}
