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
