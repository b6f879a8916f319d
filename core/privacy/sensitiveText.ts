import { isNationalIdNumber } from './nationalId';

/** What a piece of text looks like it reveals about a person or a case. */
export type SensitiveKind = 'national-id' | 'phone' | 'email' | 'case-reference';

/** One hit in a text: where it is, and how it may be shown (masked, never the number itself). */
export interface SensitiveHit {
  kind: SensitiveKind;
  start: number;
  end: number;
  masked: string;
}

// Lookarounds instead of \b: \b knows only ASCII letters, and «ø» or a digit next to a number matters here.
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}_])';
const NOT_BEFORE_WORD = '(?![\\p{L}\\p{N}_])';

/** 11 digits, alone or written 6 + 5 (ddmmyy iiikk). */
const NATIONAL_ID = new RegExp(`${NOT_AFTER_WORD}(\\d{6})[ \\u00a0]?(\\d{5})(?![\\p{N}])`, 'gu');

/**
 * A Norwegian phone number: 8 digits starting with 2–7 or 9 (0 and 1 start no subscriber number; 8 starts a
 * service's number, such as a crisis line, which is no one's private number), together or grouped
 * as 3-2-3, 2-2-2-2 or 4-4, optionally after +47 or 0047. The 4-4 grouping counts only after a country code, so
 * two years («2026 2030») are not a phone number.
 */
const SP = '[ \\u00a0]';
const EIGHT_DIGITS = `[2-79]\\d{7}|[2-79]\\d{2}${SP}\\d{2}${SP}\\d{3}|[2-79]\\d(?:${SP}\\d{2}){3}`;
const PHONE = new RegExp(
  `${NOT_AFTER_WORD}(?<!\\+)(?:(?<cc>(?:\\+|00)47)${SP}?(?<withCode>${EIGHT_DIGITS}|[2-79]\\d{3}${SP}\\d{4})|(?<alone>${EIGHT_DIGITS}))(?![\\p{N}])`,
  'gu',
);

const EMAIL = new RegExp(
  `${NOT_AFTER_WORD}[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}${NOT_BEFORE_WORD}`,
  'gu',
);

/** Words that name a person's number or a case («f.nr.», «personnummer», «saksnr.») followed by digits. */
const CASE_REFERENCE = new RegExp(
  `${NOT_AFTER_WORD}(?<word>f\\.?[ ]?nr|fnr|fødselsnr|fødselsnummer|fødselsnummeret|personnr|personnummer|personnummeret|pers\\.?[ ]?nr|d-?nr|d-?nummer|saksnr|saksnummer|saksnummeret|sak[ ]?nr|journalnr|journalnummer)\\.?[ \\u00a0]*[:.]?[ \\u00a0]*(?<digits>\\d(?:[\\d /.-]*\\d)?)`,
  'giu',
);

/** Hides all digits but two at one end (one of a short number, none of a very short one), keeping the spaces. */
function maskDigits(text: string, keep: 'first' | 'last'): string {
  const digitCount = (text.match(/\d/g) ?? []).length;
  const shown = digitCount >= 6 ? 2 : digitCount >= 3 ? 1 : 0;
  let seen = 0;
  return text.replace(/\d/g, (d) => {
    seen += 1;
    const visible = keep === 'first' ? seen <= shown : seen > digitCount - shown;
    return visible ? d : '*';
  });
}

function maskEmail(address: string): string {
  const at = address.indexOf('@');
  const local = address.slice(0, at);
  return `${local.slice(0, 1)}***${address.slice(at)}`;
}

function overlaps(hit: { start: number; end: number }, others: readonly SensitiveHit[]): boolean {
  return others.some((o) => hit.start < o.end && o.start < hit.end);
}

/**
 * Cheap tests that each pattern above can match at all, without its Unicode lookarounds: most texts that hold a
 * digit hold a year or an amount, and the full patterns were most of the privacy check's time on a big plan.
 */
const MAY_HOLD_NATIONAL_ID = /\d{6}[ \u00a0]?\d{5}/;
const MAY_HOLD_PHONE = /\d(?:[ \u00a0]?\d){7}/;
/** Every case word above ends in «nr», «nummer» or «nummeret». */
const MAY_NAME_A_CASE = /(?:nr|nummer)(?:et)?\.?[ \u00a0]*[:.]?[ \u00a0]*\d/i;

function nationalIds(text: string): SensitiveHit[] {
  const hits: SensitiveHit[] = [];
  if (!MAY_HOLD_NATIONAL_ID.test(text)) return hits;
  for (const match of text.matchAll(NATIONAL_ID)) {
    const digits = `${match[1]}${match[2]}`;
    if (!isNationalIdNumber(digits)) continue;
    hits.push({
      kind: 'national-id',
      start: match.index,
      end: match.index + match[0].length,
      masked: maskDigits(match[0], 'first'),
    });
  }
  return hits;
}

function phones(text: string, taken: readonly SensitiveHit[]): SensitiveHit[] {
  const hits: SensitiveHit[] = [];
  if (!MAY_HOLD_PHONE.test(text)) return hits;
  for (const match of text.matchAll(PHONE)) {
    const hit = { start: match.index, end: match.index + match[0].length };
    if (overlaps(hit, taken)) continue;
    const code = match.groups?.cc;
    const number = match.groups?.withCode ?? match.groups?.alone ?? '';
    const masked = `${code ? `${code} ` : ''}${maskDigits(number, 'last')}`;
    hits.push({ kind: 'phone', ...hit, masked });
  }
  return hits;
}

function emails(text: string): SensitiveHit[] {
  return [...text.matchAll(EMAIL)].map((match) => ({
    kind: 'email' as const,
    start: match.index,
    end: match.index + match[0].length,
    masked: maskEmail(match[0]),
  }));
}

function caseReferences(text: string, taken: readonly SensitiveHit[]): SensitiveHit[] {
  const hits: SensitiveHit[] = [];
  if (!MAY_NAME_A_CASE.test(text)) return hits;
  for (const match of text.matchAll(CASE_REFERENCE)) {
    const digits = match.groups?.digits ?? '';
    const digitsStart = match.index + match[0].length - digits.length;
    // A number already found as a national id or phone number is reported as that, not twice.
    if (overlaps({ start: digitsStart, end: digitsStart + digits.length }, taken)) continue;
    hits.push({
      kind: 'case-reference',
      start: match.index,
      end: match.index + match[0].length,
      masked: `${match.groups?.word ?? ''} ${maskDigits(digits, 'last')}`,
    });
  }
  return hits;
}

/**
 * Everything in `text` that looks like case data: national identity numbers and D-numbers (with valid control
 * digits and date), phone numbers, e-mail addresses, and case words followed by a number. In text order.
 */
export function findSensitive(text: string): SensitiveHit[] {
  if (!/[\d@]/.test(text)) return [];
  const ids = nationalIds(text);
  const mails = text.includes('@') ? emails(text) : [];
  const phoneHits = phones(text, [...ids, ...mails]);
  const cases = caseReferences(text, [...ids, ...phoneHits, ...mails]);
  return [...ids, ...mails, ...phoneHits, ...cases].sort((a, b) => a.start - b.start);
}

/** `text` with every hit replaced by its masked form, for naming a place (a title) without leaking it. */
export function maskSensitive(text: string): string {
  let result = '';
  let at = 0;
  for (const hit of findSensitive(text)) {
    if (hit.start < at) continue;
    result += text.slice(at, hit.start) + hit.masked;
    at = hit.end;
  }
  return result + text.slice(at);
}
