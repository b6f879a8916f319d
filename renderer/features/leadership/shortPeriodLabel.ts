import type { Language } from '../../../core/schema/common';

const LETTER: Record<'T' | 'H' | 'Q', Record<Language, string>> = {
  T: { nb: 'T', nn: 'T', en: 'T' },
  H: { nb: 'H', nn: 'H', en: 'H' },
  Q: { nb: 'K', nn: 'K', en: 'Q' },
};

/** Two short lines for a chart axis: `2027-T2` -> [«T2», «2027»]; an annual period is just its year. */
export function shortPeriodLabel(periodId: string, language: Language): string[] {
  const match = /^(\d{4})-([THQA])(\d)$/.exec(periodId);
  if (!match) return [periodId];
  const [, year, kind, index] = match as unknown as [string, string, 'T' | 'H' | 'Q' | 'A', string];
  if (kind === 'A') return [year];
  return [`${LETTER[kind][language]}${index}`, year];
}
