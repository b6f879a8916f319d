/** At most this many unknown fields are named; one is enough to open the plan read-only. */
const MAX_NAMED = 20;

/** `plan.measures[2].budget` */
function pathOf(trail: readonly PropertyKey[]): string {
  return trail.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)),
    '',
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The fields of `raw` (the JSON as read) that `parsed` (what the schema kept) left out, as paths such as
 * `plan.measures[2].budget`. The schema strips what it does not know, so a file from a newer Planhjulet
 * would lose those fields on its first save here; finding them lets the plan open read-only instead. One walk
 * over both trees in step, naming a path only when a field is missing: cheap next to the parse itself.
 */
export function unknownFields(raw: unknown, parsed: unknown): string[] {
  const found: string[] = [];
  const trail: PropertyKey[] = [];
  const walk = (a: unknown, b: unknown): void => {
    if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return;
    if (Array.isArray(a)) {
      if (!Array.isArray(b)) return;
      const length = Math.min(a.length, b.length);
      for (let i = 0; i < length && found.length < MAX_NAMED; i++) {
        if (typeof a[i] !== 'object' || a[i] === null) continue;
        trail.push(i);
        walk(a[i], b[i]);
        trail.pop();
      }
      return;
    }
    if (!isRecord(b)) return;
    const rawRecord = a as Record<string, unknown>;
    for (const key in rawRecord) {
      if (found.length >= MAX_NAMED) return;
      const value = rawRecord[key];
      const known = key in b;
      // Most values are text, numbers and dates: nothing under them to walk.
      if (known && (typeof value !== 'object' || value === null)) continue;
      trail.push(key);
      if (known) walk(value, b[key]);
      // A field written as null means nothing either way; only a value would be lost.
      else if (value !== null && value !== undefined) found.push(pathOf(trail));
      trail.pop();
    }
  };
  walk(raw, parsed);
  return found;
}
