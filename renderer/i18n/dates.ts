import { format, isSameDay, type Locale } from 'date-fns';
import { enGB, nb, nn } from 'date-fns/locale';
import type { Language } from '../../core/schema/common';

const LOCALES: Record<Language, Locale> = { nb, nn, en: enGB };

export function dateLocale(language: string): Locale {
  return LOCALES[language as Language] ?? nb;
}

/** «10:42» today, «3. mars 2026 10:42» on another day. */
export function formatSavedAt(iso: string, language: string, now: Date = new Date()): string {
  const date = new Date(iso);
  const locale = dateLocale(language);
  return isSameDay(date, now) ? format(date, 'HH:mm', { locale }) : format(date, 'PPP HH:mm', { locale });
}

/** «3. mars 2026». */
export function formatDate(iso: string, language: string): string {
  return format(new Date(iso), 'PPP', { locale: dateLocale(language) });
}
