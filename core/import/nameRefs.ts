import { message } from '../messages/message';
import type { Plan } from '../schema/plan';
import { type RowProblem, rowProblem } from './importPreview';
import { foldName, matchByName, matchBySimilarName } from './normalise';

/** Where rows without a focus area go; the user moves them afterwards. */
export const UNSORTED_FOCUS_AREA = 'Importerte tiltak';

export type AreaRef = { existingId: string } | { newKey: string };
export type UnitRef = { existingId: string } | { newKey: string };

/**
 * How the list's names find the plan's units and focus areas: an existing one (by name, former name, a similar
 * title or a number) or a new one, the same new one for every row that names it.
 */
export function nameRefs(plan: Plan) {
  const newAreas = new Map<string, string>();
  const newUnits = new Map<string, string>();
  /** File name → the plan's focus area title, where the two are written differently. */
  const areaMatches = new Map<string, string>();

  const unitRef = (name: string): { ref: UnitRef; name: string; isNew: boolean } => {
    const existing = matchByName(plan.units, (u) => [u.name, ...u.formerNames.map((f) => f.name)], name);
    if (existing) return { ref: { existingId: existing.id }, name: existing.name, isNew: false };
    const key = foldName(name);
    if (!newUnits.has(key)) newUnits.set(key, name);
    return { ref: { newKey: key }, name: newUnits.get(key) as string, isNew: true };
  };

  const areaRef = (
    cell: string,
    line: number,
  ): { ref: AreaRef; title: string; isNew: boolean } | RowProblem => {
    const text = cell.trim() === '' ? UNSORTED_FOCUS_AREA : cell.trim();
    const numbered = /^(\d{1,2})(?:\.|\s|$)\s*(.*)$/.exec(text);
    const byNumber = numbered ? plan.focusAreas[Number(numbered[1]) - 1] : undefined;
    const title = numbered ? (numbered[2] ?? '').trim() : text;
    if (numbered && title === '') {
      if (byNumber) return { ref: { existingId: byNumber.id }, title: byNumber.title, isNew: false };
      return rowProblem(
        line,
        message('import.focus-area-number-missing', {
          number: numbered[1] ?? '',
          count: plan.focusAreas.length,
        }),
      );
    }
    const existing = matchBySimilarName(plan.focusAreas, (f) => [f.title], title) ?? byNumber;
    if (existing) {
      if (text !== existing.title && !areaMatches.has(text)) areaMatches.set(text, existing.title);
      return { ref: { existingId: existing.id }, title: existing.title, isNew: false };
    }
    const key = foldName(title) || title;
    if (!newAreas.has(key)) newAreas.set(key, title);
    return { ref: { newKey: key }, title: newAreas.get(key) as string, isNew: true };
  };
  return { unitRef, areaRef, newUnits, newAreas, areaMatches };
}

export type NameRefs = ReturnType<typeof nameRefs>;
