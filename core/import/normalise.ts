/**
 * Folds a name for tolerant matching: case, Norwegian letters (æ→ae, ø→o, å→a), accents, spaces and
 * punctuation do not matter. «Satsingsområde», «SATSINGSOMRADE» and «Satsings-område» all match.
 */
export function foldName(text: string): string {
  return text
    .toLocaleLowerCase('nb')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The one item whose folded name equals the wanted one, or else the only one whose folded name starts with it
 * («NAV» → «NAV-kontoret»). Undefined when nothing or several match by prefix.
 */
export function matchByName<T>(
  items: readonly T[],
  names: (item: T) => readonly string[],
  wanted: string,
): T | undefined {
  const key = foldName(wanted);
  if (key === '') return undefined;
  const exact = items.find((item) => names(item).some((n) => foldName(n) === key));
  if (exact !== undefined || key.length < 3) return exact;
  const prefixed = items.filter((item) => names(item).some((n) => foldName(n).startsWith(key)));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/** Levenshtein distance: the fewest single-letter insertions, deletions and substitutions from `a` to `b`. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** How many typing slips a folded name of this length may hold and still be recognised: none below 5 letters. */
function slipsAllowed(length: number): number {
  return length < 5 ? 0 : Math.min(3, Math.floor(length / 6));
}

/**
 * Like `matchByName`, and else the one item whose folded name is a few typing slips away from the wanted one,
 * as a whole or as its beginning («Forebyging» → «Forebygging, også tilbud …»). Undefined when nothing or
 * several are equally close.
 */
export function matchBySimilarName<T>(
  items: readonly T[],
  names: (item: T) => readonly string[],
  wanted: string,
): T | undefined {
  const found = matchByName(items, names, wanted);
  if (found !== undefined) return found;
  const key = foldName(wanted);
  const allowed = slipsAllowed(key.length);
  if (allowed === 0) return undefined;
  const distanceTo = (name: string) => {
    const folded = foldName(name);
    let best = editDistance(key, folded);
    if (key.length < 8) return best;
    // A slip can make the wanted name a letter shorter or longer than the title's beginning it stands for.
    for (let length = key.length - allowed; length <= key.length + allowed; length++) {
      best = Math.min(best, editDistance(key, folded.slice(0, length)));
    }
    return best;
  };
  const scored = items
    .map((item) => ({ item, distance: Math.min(...names(item).map(distanceTo)) }))
    .filter((s) => s.distance <= allowed)
    .sort((x, y) => x.distance - y.distance);
  const [best, next] = scored;
  if (best === undefined || (next !== undefined && next.distance === best.distance)) return undefined;
  return best.item;
}
