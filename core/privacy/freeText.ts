import type { Plan } from '../schema/plan';

/** One piece of free text in a plan and where it sits (`['measures', 3, 'description']`). */
export interface FreeText {
  path: readonly (string | number)[];
  text: string;
}

/**
 * Parts of the plan that are not free text: who the plan is about and who answers for it (municipality, units,
 * the working group, the coordinator: contacts named on purpose), its political decisions (body, date, case
 * number), its schedule and references. Everything else that is a string is walked, so a field added later is
 * checked without being listed here.
 */
const NOT_FREE_TEXT_AT_TOP = new Set([
  'id',
  'municipality',
  'partnerMunicipalities',
  'period',
  'lifecycle',
  'language',
  'adoption',
  'anchoring',
  'coordinator',
  'kostra',
  'units',
  'members',
  'reportingScheme',
  'previousPlan',
  'createdAt',
  'updatedAt',
]);

/** Keys that hold ids, dates, choices from a list, or a contact someone named on purpose, wherever they are. */
const NOT_FREE_TEXT_KEYS = new Set([
  'id',
  'kind',
  'number',
  'status',
  'ring',
  'risk',
  'answer',
  'funding',
  'date',
  'start',
  'end',
  'deadline',
  'until',
  'asOf',
  'reportedAt',
  'reportedBy',
  'createdAt',
  'updatedAt',
  'corrects',
  'givenBy',
  'contactPerson',
  'contactEmail',
  'email',
  'carriedFrom',
  'targetGroups',
  'violenceForms',
]);

const isIdKey = (key: string): boolean => key.endsWith('Id') || key.endsWith('Ids');

const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/;

/** Rich text runs (`[{ text, bold?, italic? }]`): read as one text, so a number split by bold is still found. */
function runsText(value: readonly unknown[]): string | null {
  if (value.length === 0) return null;
  const texts: string[] = [];
  for (const run of value) {
    if (typeof run !== 'object' || run === null || Array.isArray(run)) return null;
    const record = run as Record<string, unknown>;
    if (typeof record.text !== 'string') return null;
    if (Object.keys(record).some((k) => k !== 'text' && k !== 'bold' && k !== 'italic')) return null;
    texts.push(record.text);
  }
  return texts.join('');
}

/**
 * Collects the free text under `value` into `out`. One path array is kept as a stack and copied only for a
 * text found: most of a plan's values are ids and dates, and a copy (or a generator) per value made this walk
 * the larger part of the privacy check.
 */
function walk(value: unknown, path: (string | number)[], out: FreeText[]): void {
  if (typeof value === 'string') {
    const startsWithDigit = value.charCodeAt(0) >= 48 && value.charCodeAt(0) <= 57;
    if (value.trim() !== '' && !(startsWithDigit && ISO_DATE_OR_TIME.test(value))) {
      out.push({ path: [...path], text: value });
    }
    return;
  }
  if (Array.isArray(value)) {
    const joined = runsText(value);
    if (joined !== null) {
      if (joined.trim() !== '') out.push({ path: [...path], text: joined });
      return;
    }
    for (let i = 0; i < value.length; i += 1) {
      path.push(i);
      walk(value[i], path, out);
      path.pop();
    }
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      if (NOT_FREE_TEXT_KEYS.has(key) || isIdKey(key)) continue;
      path.push(key);
      walk((value as Record<string, unknown>)[key], path, out);
      path.pop();
    }
  }
}

/** Every piece of free text in the plan, in the plan's order. */
export function freeTexts(plan: Plan): FreeText[] {
  const texts: FreeText[] = [];
  for (const [key, value] of Object.entries(plan)) {
    if (NOT_FREE_TEXT_AT_TOP.has(key)) continue;
    walk(value, [key], texts);
  }
  return texts;
}
