/**
 * A date as typed in a Norwegian form, `31.12.2027` (also `31.12.27`, `1.7.2027` or ISO `2027-12-31`), as
 * `YYYY-MM-DD`; null when it is not a real date. A text field rather than the browser's date field, whose
 * order of day and month follows the machine's language and so cannot be typed the same way everywhere.
 */
export function parseDateText(text: string): string | null {
  const trimmed = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(trimmed);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (norwegian) {
    day = Number(norwegian[1]);
    month = Number(norwegian[2]);
    year = Number(norwegian[3]);
    if (year < 100) year += 2000;
  } else {
    return null;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
