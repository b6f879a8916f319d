import { format } from 'date-fns/format';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';

/** A date that some words in a text point to, resolved to the last day they can mean. */
export interface TextDate {
  /** The words as written: «desember», «1. mars», «31.03.2026», «høsten 2026». */
  words: string;
  index: number;
  /** `YYYY-MM-DD`: the last day the words can mean («desember» → 31 December). */
  date: string;
}

const MONTHS: Record<string, number> = {
  januar: 1,
  februar: 2,
  mars: 3,
  april: 4,
  mai: 5,
  juni: 6,
  juli: 7,
  august: 8,
  september: 9,
  oktober: 10,
  november: 11,
  desember: 12,
};
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  des: 12,
};
/** Last month and day of a season as municipal texts use them («i løpet av våren» = before the summer). */
const SEASON_ENDS: Record<string, [number, number]> = {
  våren: [6, 30],
  vår: [6, 30],
  sommeren: [8, 31],
  sommer: [8, 31],
  høsten: [11, 30],
  høst: [11, 30],
};

const L = '(?<![\\p{L}\\d])';
const R = '(?![\\p{L}\\d])';
const monthNames = Object.keys(MONTHS).join('|');
const abbreviations = Object.keys(MONTH_ABBREVIATIONS).join('|');
const YEAR = '(20\\d{2})';

interface Pattern {
  regex: RegExp;
  resolve(match: RegExpExecArray, earliest: string): string | null;
}

function iso(year: number, month: number, day: number): string | null {
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return format(date, 'yyyy-MM-dd');
}

function endOfMonth(year: number, month: number): string {
  return format(lastDayOfMonth(new Date(year, month - 1, 1)), 'yyyy-MM-dd');
}

/** Without a year, words mean their first occurrence that does not end before `earliest`. */
function firstNotBefore(earliest: string, build: (year: number) => string | null): string | null {
  const year = Number(earliest.slice(0, 4));
  const candidate = build(year);
  if (candidate !== null && candidate >= earliest) return candidate;
  return build(year + 1);
}

const yearOf = (value: string | undefined) => (value === undefined ? undefined : Number(value));

/** Most specific first: a span taken by one pattern is not matched again by a later one. */
const PATTERNS: Pattern[] = [
  {
    regex: new RegExp(`${L}(\\d{4})-(\\d{2})-(\\d{2})${R}`, 'gu'),
    resolve: (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    regex: new RegExp(`${L}(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})${R}`, 'gu'),
    resolve: (m) => {
      const y = m[3] as string;
      return iso(y.length === 2 ? 2000 + Number(y) : Number(y), Number(m[2]), Number(m[1]));
    },
  },
  {
    regex: new RegExp(
      `${L}(\\d{1,2})\\.\\s*(${monthNames}|(?:${abbreviations})\\.?)(?:\\s+${YEAR})?${R}`,
      'giu',
    ),
    resolve: (m, earliest) => {
      const name = (m[2] as string).toLocaleLowerCase('nb').replace(/\.$/, '');
      const month = MONTHS[name] ?? MONTH_ABBREVIATIONS[name];
      if (month === undefined) return null;
      const day = Number(m[1]);
      const year = yearOf(m[3]);
      return year !== undefined ? iso(year, month, day) : firstNotBefore(earliest, (y) => iso(y, month, day));
    },
  },
  {
    regex: new RegExp(`${L}(${monthNames})(?:\\s+${YEAR})?${R}`, 'giu'),
    resolve: (m, earliest) => {
      const month = MONTHS[(m[1] as string).toLocaleLowerCase('nb')] as number;
      const year = yearOf(m[2]);
      return year !== undefined
        ? endOfMonth(year, month)
        : firstNotBefore(earliest, (y) => endOfMonth(y, month));
    },
  },
  {
    // «våren», «høsten 2026», «høst 2026»; the bare «vår» is also the word for «our», so it needs a year.
    regex: new RegExp(
      `${L}(?:(våren|sommeren|høsten)(?:\\s+${YEAR})?|(vår|sommer|høst)\\s+${YEAR})${R}`,
      'giu',
    ),
    resolve: (m, earliest) => {
      const season = ((m[1] ?? m[3]) as string).toLocaleLowerCase('nb');
      const [month, day] = SEASON_ENDS[season] as [number, number];
      const year = yearOf(m[2] ?? m[4]);
      return year !== undefined ? iso(year, month, day) : firstNotBefore(earliest, (y) => iso(y, month, day));
    },
  },
  {
    regex: new RegExp(`${L}(?:innen|i løpet av|utgangen av|slutten av|ut)\\s+${YEAR}${R}`, 'giu'),
    resolve: (m) => iso(Number(m[1]), 12, 31),
  },
];

/**
 * Dates written in Norwegian in a text. Words without a year («ferdig i desember», «innen 1. mars») are read
 * as the first such date that does not end before `earliest` (the start of the reporting period the text was
 * written for).
 */
export function findDatesInText(text: string, earliest: string): TextDate[] {
  const found: TextDate[] = [];
  const taken: Array<[number, number]> = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(text); m !== null; m = pattern.regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      const date = pattern.resolve(m, earliest);
      if (date === null) continue;
      taken.push([start, end]);
      found.push({ words: m[0], index: start, date });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
