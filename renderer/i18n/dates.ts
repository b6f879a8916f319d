import type { Locale } from 'date-fns';
import { format } from 'date-fns/format';
import { isSameDay } from 'date-fns/isSameDay';
import { enGB } from 'date-fns/locale/en-GB';
import { nb } from 'date-fns/locale/nb';
import { nn } from 'date-fns/locale/nn';
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
