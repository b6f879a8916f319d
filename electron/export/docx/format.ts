import { format } from 'date-fns/format';
import { nb } from 'date-fns/locale/nb';
import { nn } from 'date-fns/locale/nn';
import { parseISO } from 'date-fns/parseISO';
import { LIFECYCLE_LABELS } from '../../../core/labels/domainLabels';
import { hasBeenAdopted } from '../../../core/plan/lifecycle';
import type { Measure } from '../../../core/schema/measure';
import type { Unit } from '../../../core/schema/organisation';
import type { Plan } from '../../../core/schema/plan';
import { type DocumentLanguage, EXPORT_LABELS } from './labels';

const LOCALES = { nb, nn };

/** `2026-03-12` → «12.03.2026», as Norwegian documents write dates. */
export function shortDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

/** `2026-03-12` → «12. mars 2026». */
export function longDate(iso: string, language: DocumentLanguage): string {
  return format(parseISO(iso), 'd. MMMM yyyy', { locale: LOCALES[language] });
}

export function isoDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

export function yearSpan(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** «Start 01.02.2026, frist 30.06.2027», «2026–2029, gjentas hvert år», or «Ikke fastsatt». */
export function measureTiming(measure: Measure, language: DocumentLanguage): string {
  const labels = EXPORT_LABELS[language];
  const parts: string[] = [];
  if (measure.period) parts.push(yearSpan(measure.period.from, measure.period.to));
  if (measure.start) parts.push(`${labels.start.toLowerCase()} ${shortDate(measure.start)}`);
  if (measure.deadline) parts.push(`${labels.deadline.toLowerCase()} ${shortDate(measure.deadline)}`);
  if (measure.recurring) parts.push(labels.recurring);
  if (parts.length === 0) return labels.notSet;
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A unit's name as it was on `day`: a unit renamed after the day is shown under its earlier name, so an old
 * report keeps the names it was written with. Without `day`, the current name.
 */
export function unitNameOn(unit: Unit, day?: string): string {
  if (day === undefined) return unit.name;
  const earlier = [...unit.formerNames]
    .sort((a, b) => a.until.localeCompare(b.until))
    .find((f) => f.until >= day);
  return earlier?.name ?? unit.name;
}

/** Looks units up by id; an id that is missing shows as empty rather than failing the export. */
export function unitNamer(plan: Pick<Plan, 'units'>, day?: string): (id: string | undefined) => string {
  const byId = new Map(plan.units.map((u) => [u.id, u]));
  return (id) => {
    const unit = id === undefined ? undefined : byId.get(id);
    return unit ? unitNameOn(unit, day) : '';
  };
}

/** «Kommunestyret» → «kommunestyret» inside a sentence, but «RVTS Øst» keeps its capitals. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** «Vedtatt i kommunestyret 12.03.2026, sak 23/26», «Utkast», «Under rullering – vedtatt 12.03.2026». */
export function planStatusLine(plan: Plan, language: DocumentLanguage): string {
  const labels = EXPORT_LABELS[language];
  const { body, date, caseNumber } = plan.adoption;
  if (!hasBeenAdopted(plan) || (!date && !body.trim())) return LIFECYCLE_LABELS[plan.lifecycle][language];
  let line = body.trim() ? `${labels.adoptedIn} ${lowerFirst(body.trim())}` : labels.adopted;
  if (date) line += ` ${shortDate(date)}`;
  if (caseNumber.trim()) line += `, ${labels.caseNumber} ${caseNumber.trim()}`;
  if (plan.lifecycle !== 'adopted')
    line = `${LIFECYCLE_LABELS[plan.lifecycle][language]} – ${lowerFirst(line)}`;
  return line;
}

/** A file name without characters Windows, macOS or Linux refuse. */
export function safeFileName(name: string, extension: string): string {
  const cleaned = name
    // biome-ignore lint/suspicious/noControlCharactersInRegex: file names must not hold control characters
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150)
    .replace(/[. ]+$/, '');
  return `${cleaned || 'Planhjulet'}.${extension}`;
}
