import type { Locale } from 'date-fns';
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nb } from 'date-fns/locale/nb';
import { nn } from 'date-fns/locale/nn';
import { parseISO } from 'date-fns/parseISO';
import { RING_LABELS } from '../labels/domainLabels';
import type { Language } from '../schema/common';
import type { WheelRing } from '../schema/wheel';
import { WHEEL_WORDS } from './labels';
import type { PlacedItem } from './layout';
import type { Occurrence } from './occurrence';
import type { PosterText, WheelText } from './svg';

const LOCALES: Record<Language, Locale> = { nb, nn, en: enGB };

export function monthNames(language: Language): string[] {
  return Array.from({ length: 12 }, (_, i) =>
    format(new Date(2000, i, 1), 'LLLL', { locale: LOCALES[language] }),
  );
}

/** «15. februar 2027», «1. mars – 31. mai 2027», «20. desember 2027 – 10. januar 2028». */
export function occurrenceDates(occurrence: Pick<Occurrence, 'start' | 'end'>, language: Language): string {
  const locale = LOCALES[language];
  const long = (date: string) => format(parseISO(date), 'PPP', { locale });
  if (occurrence.start === occurrence.end) return long(occurrence.start);
  const sameYear = occurrence.start.slice(0, 4) === occurrence.end.slice(0, 4);
  const first = sameYear
    ? format(parseISO(occurrence.start), language === 'en' ? 'd MMMM' : 'd. MMMM', { locale })
    : long(occurrence.start);
  return `${first} – ${long(occurrence.end)}`;
}

/** «15.2.» / «1.3.–31.5.» (Norwegian), «15 Feb» / «1 Mar–31 May» (English). */
export function shortDates(occurrence: Pick<Occurrence, 'start' | 'end'>, language: Language): string {
  const short = (date: string) =>
    language === 'en'
      ? format(parseISO(date), 'd MMM', { locale: enGB })
      : format(parseISO(date), 'd.M.', { locale: LOCALES[language] });
  if (occurrence.start === occurrence.end) return short(occurrence.start);
  return `${short(occurrence.start)}–${short(occurrence.end)}`;
}

export function ringNames(language: Language): Record<WheelRing, string> {
  return Object.fromEntries(
    Object.entries(RING_LABELS).map(([ring, names]) => [ring, names[language]]),
  ) as Record<WheelRing, string>;
}

/** The wheel's words for the screen and the exported picture. */
export function wheelText(options: {
  language: Language;
  today: string | null;
  hubLines: readonly string[];
}): WheelText {
  const { language } = options;
  const words = WHEEL_WORDS[language];
  const todayLabel = options.today
    ? `${words.today} ${format(parseISO(options.today), language === 'en' ? 'd MMM' : 'd. MMM', { locale: LOCALES[language] })}`
    : null;
  return {
    monthNames: monthNames(language),
    ringNames: ringNames(language),
    todayLabel,
    hubLines: options.hubLines,
    itemTitle: (item: PlacedItem) =>
      `${item.number}. ${occurrenceDates(item.occurrence, language)}: ${item.occurrence.title}`,
    itemDate: (item: PlacedItem) => shortDates(item.occurrence, language),
  };
}

export function posterText(options: {
  language: Language;
  today: string;
  year: number;
  planTitle: string;
  municipality: string;
  period: { fromYear: number; toYear: number };
  count: number;
}): PosterText {
  const { language } = options;
  const words = WHEEL_WORDS[language];
  return {
    ...wheelText({ language, today: options.today, hubLines: [options.municipality] }),
    title: `${words.wheelOf(options.year)} – ${options.planTitle}`,
    subtitle: `${options.municipality} · ${words.period(options.period.fromYear, options.period.toYear)}`,
    legendHeading: words.legend,
    listHeading: words.list,
    footer: words.made(format(parseISO(options.today), 'P', { locale: LOCALES[language] })),
    description: words.description(options.year, options.count),
  };
}

/** «okt. 27» / «Oct 27»: a date on the four-year wheel, where the month is precise enough. */
function monthOfYear(date: string, language: Language): string {
  return format(parseISO(date), 'MMM yy', { locale: LOCALES[language] });
}

/** The four-year wheel's words: the years in the outer ring, dates by month and year. */
export function fourYearPosterText(options: {
  language: Language;
  today: string;
  fromYear: number;
  years: number;
  planTitle: string;
  municipality: string;
  period: { fromYear: number; toYear: number };
  count: number;
}): PosterText {
  const { language } = options;
  const words = WHEEL_WORDS[language];
  const toYear = options.fromYear + options.years - 1;
  const base = wheelText({ language, today: options.today, hubLines: [options.municipality] });
  const itemDate = (item: PlacedItem) => {
    const { start, end } = item.occurrence;
    const first = monthOfYear(start, language);
    const last = monthOfYear(end, language);
    return first === last ? first : `${first}–${last}`;
  };
  return {
    ...base,
    itemDate,
    title: `${words.fourYearWheelOf(options.fromYear, toYear)} – ${options.planTitle}`,
    subtitle: `${options.municipality} · ${words.period(options.period.fromYear, options.period.toYear)}`,
    legendHeading: words.legend,
    listHeading: words.fourYearList,
    footer: words.made(format(parseISO(options.today), 'P', { locale: LOCALES[language] })),
    description: words.fourYearDescription(options.fromYear, toYear, options.count),
    dateColumnWidth: 150,
  };
}
