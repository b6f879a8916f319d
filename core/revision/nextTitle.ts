/** The old title with its years moved on («… 2026–2029» -> «… 2030–2033»), or the years added to it. */
export function nextTitle(title: string, from: number, to: number, newFrom: number, newTo: number): string {
  const span = new RegExp(`${from}\\s*[–-]\\s*${to}`);
  if (span.test(title)) return title.replace(span, `${newFrom}–${newTo}`);
  return `${title.trim()} ${newFrom}–${newTo}`;
}
