import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { TFunction } from 'i18next';
import type { Language } from '../../../core/schema/common';
import type { RecurrenceRule } from '../../../core/schema/wheel';
import type { DateWarning, DateWarningReason } from '../../../core/wheel/warnings';
import { dateLocale } from '../../i18n/dates';

export function uiLanguage(language: string): Language {
  return language === 'nn' || language === 'en' ? language : 'nb';
}

export function monthName(month: number, language: string): string {
  return format(new Date(2000, month - 1, 1), 'LLLL', { locale: dateLocale(language) });
}

/** ISO weekday 1 = Monday … 7 = Sunday. */
export function weekdayName(weekday: number, language: string): string {
  return format(new Date(2024, 0, weekday), 'EEEE', { locale: dateLocale(language) });
}

/** «15. februar» / «15 February». */
function dayAndMonth(month: number, day: number, language: string): string {
  return language === 'en' ? `${day} ${monthName(month, language)}` : `${day}. ${monthName(month, language)}`;
}

export function longDate(date: string, language: string): string {
  return format(parseISO(date), 'PPP', { locale: dateLocale(language) });
}

export function shortDate(date: string, language: string): string {
  return format(parseISO(date), language === 'en' ? 'd MMM' : 'd. MMM', { locale: dateLocale(language) });
}

/** «Hvert år 15. februar», «Andre tirsdag i september hvert år», «Uke 48 hvert år» … */
export function describeRule(rule: RecurrenceRule, t: TFunction, language: string): string {
  switch (rule.kind) {
    case 'fixed':
      return t('wheel.rules.fixed', { date: dayAndMonth(rule.month, rule.day, language) });
    case 'range':
      return t('wheel.rules.range', {
        from: dayAndMonth(rule.start.month, rule.start.day, language),
        to: dayAndMonth(rule.end.month, rule.end.day, language),
      });
    case 'nth-weekday': {
      const nth = t(`wheel.rules.ordinals.${String(rule.n) as '1'}`);
      const text = t('wheel.rules.nth', {
        nth,
        weekday: weekdayName(rule.weekday, language),
        month: monthName(rule.month, language),
      });
      return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
    }
    case 'iso-week': {
      if (rule.weekday === undefined) return t('wheel.rules.isoWeek', { week: rule.week });
      const text = t('wheel.rules.isoWeekDay', {
        week: rule.week,
        weekday: weekdayName(rule.weekday, language),
      });
      return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
    }
    case 'once':
      return rule.end && rule.end !== rule.date
        ? t('wheel.rules.onceRange', {
            from: longDate(rule.date, language),
            to: longDate(rule.end, language),
          })
        : t('wheel.rules.once', { date: longDate(rule.date, language) });
  }
}

/** «14. februar 2027 faller på en lørdag eller søndag. Vurder en annen dato.» */
export function warningSentence(warning: DateWarning, t: TFunction, language: string): string {
  const reasons = warning.reasons.map((reason: DateWarningReason) =>
    t(`wheel.warnings.${reason}`, { names: warning.holidayNames.join(', ') }),
  );
  return t('wheel.warnings.sentence', {
    date: longDate(warning.date, language),
    reasons: reasons.join(t('wheel.warnings.and')),
  });
}
