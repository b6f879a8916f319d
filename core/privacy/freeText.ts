import type { Plan } from '../schema/plan';

/** Where a piece of free text sits in a plan: `['measures', 3, 'description']`. */
export type FreeTextPath = readonly (string | number)[];

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

/** Whether a key holds free text; the same few dozen keys recur tens of thousands of times in a plan. */
const keyDecisions = new Map<string, boolean>();
function mayHoldFreeText(key: string): boolean {
  let decision = keyDecisions.get(key);
  if (decision === undefined) {
    decision = !NOT_FREE_TEXT_KEYS.has(key) && !isIdKey(key);
    keyDecisions.set(key, decision);
  }
  return decision;
}

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

type Visit = (text: string, path: FreeTextPath) => void;

/**
 * Visits the free text under `value`. One path array serves as a stack for the whole walk and is handed to
 * `visit` as it is: most of a plan's values are ids and dates, and a copy of the path for every text made this
 * walk most of the privacy check's time, when only a text with something to report needs its place.
 */
function walk(value: unknown, path: (string | number)[], visit: Visit): void {
  if (typeof value === 'string') {
    if (value.length === 0) return;
    const startsWithDigit = value.charCodeAt(0) >= 48 && value.charCodeAt(0) <= 57;
    if (value.trim() !== '' && !(startsWithDigit && ISO_DATE_OR_TIME.test(value))) visit(value, path);
    return;
  }
  if (Array.isArray(value)) {
    const joined = runsText(value);
    if (joined !== null) {
      if (joined.trim() !== '') visit(joined, path);
      return;
    }
    for (let i = 0; i < value.length; i += 1) {
      path.push(i);
      walk(value[i], path, visit);
      path.pop();
    }
    return;
  }
  if (typeof value === 'object' && value !== null) {
    for (const key in value) {
      if (!Object.hasOwn(value, key) || !mayHoldFreeText(key)) continue;
      path.push(key);
      walk((value as Record<string, unknown>)[key], path, visit);
      path.pop();
    }
  }
}

/**
 * Calls `visit` with every piece of free text in the plan, in the plan's order, and where it sits. The path is
 * valid only during the call: copy it to keep it.
 */
export function visitFreeTexts(plan: Plan, visit: Visit): void {
  const path: (string | number)[] = [];
  for (const [key, value] of Object.entries(plan)) {
    if (NOT_FREE_TEXT_AT_TOP.has(key)) continue;
    path.push(key);
    walk(value, path, visit);
    path.pop();
  }
}
