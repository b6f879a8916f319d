import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { RING_LABELS } from '../../../core/labels/domainLabels';
import { lifecycleMilestones } from '../../../core/lifecycle/milestones';
import { reportingPeriods } from '../../../core/reporting/periods';
import type { Language } from '../../../core/schema/common';
import type { Plan } from '../../../core/schema/plan';
import type { WheelEvent } from '../../../core/schema/wheel';
import { safeLine } from '../../../core/text/safeText';
import { measureOccurrences, reportingOccurrences } from '../../../core/wheel/agenda';
import { expandEvent } from '../../../core/wheel/expand';
import type { Occurrence } from '../../../core/wheel/occurrence';
import type { OutgoingFile } from '../outgoingFile';
import { contentLines, escapeText, icsDate, icsUtcDateTime } from './icsText';

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The words before an event's owner unit and its measures in its description. */
const OWNER_LABEL: Record<Language, string> = { nb: 'Ansvarlig', nn: 'Ansvarleg', en: 'Responsible' };
const MEASURE_LABEL: Record<Language, string> = { nb: 'Tiltak', nn: 'Tiltak', en: 'Measure' };

/** One VEVENT before it is written: a single occurrence, or the first of a yearly series. */
interface CalendarEntry {
  uid: string;
  first: Occurrence;
  rrule?: string;
  description: string[];
}

function dayAfter(date: string): string {
  return format(addDays(parseISO(date), 1), 'yyyy-MM-dd');
}

function lengthInDays(o: Occurrence): number {
  return Math.round((parseISO(o.end).getTime() - parseISO(o.start).getTime()) / 86_400_000);
}

/**
 * A UID that stays the same from export to export, so a calendar that imports the file again updates its
 * entries instead of adding copies: the plan's id and the event's id (and the year, for an occurrence written
 * out on its own).
 */
export function calendarUid(planId: string, eventKey: string, year?: number): string {
  const key = eventKey.replace(/:/g, '.');
  return safeLine(`${year === undefined ? key : `${key}.${year}`}.${planId}@planhjulet`);
}

/**
 * The RRULE of a yearly event whose expanded occurrences it reproduces exactly, or null. Dates repeat on the
 * same day every year (unless moved from a missing day, or of changing length across 29 February), and the
 * n-th weekday of a month is RFC 5545's BYDAY with an ordinal. ISO weeks and one-off events are written out.
 */
function yearlyRule(event: WheelEvent, occurrences: readonly Occurrence[], untilYear: number): string | null {
  if (occurrences.length < 2) return null;
  const until = `UNTIL=${untilYear}1231`;
  const years = occurrences.map((o) => o.ruleYear);
  const consecutive = years.every((year, i) => i === 0 || year === (years[i - 1] as number) + 1);
  const { rule } = event;
  if (rule.kind === 'nth-weekday') {
    return `FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.n}${WEEKDAYS[rule.weekday - 1]};${until}`;
  }
  if (rule.kind !== 'fixed' && rule.kind !== 'range') return null;
  const first = occurrences[0] as Occurrence;
  const sameShape = occurrences.every(
    (o) =>
      o.notes.length === 0 &&
      o.start.slice(5) === first.start.slice(5) &&
      lengthInDays(o) === lengthInDays(first),
  );
  return consecutive && sameShape ? `FREQ=YEARLY;${until}` : null;
}

function eventEntries(plan: Plan, units: Map<string, string>, language: Language): CalendarEntry[] {
  const { fromYear, toYear } = plan.period;
  const measures = new Map(plan.measures.map((m) => [m.id, m.title]));
  return plan.wheelEvents.flatMap((event) => {
    const occurrences = expandEvent(event, fromYear, toYear);
    const description = [
      RING_LABELS[event.ring][language],
      ...(event.ownerUnitId && units.has(event.ownerUnitId)
        ? [`${OWNER_LABEL[language]}: ${units.get(event.ownerUnitId)}`]
        : []),
      ...event.measureIds
        .filter((id) => measures.has(id))
        .map((id) => `${MEASURE_LABEL[language]}: ${measures.get(id)}`),
      ...(event.note ? [event.note] : []),
    ];
    const rrule = yearlyRule(event, occurrences, toYear);
    if (rrule)
      return [
        { uid: calendarUid(plan.id, event.id), first: occurrences[0] as Occurrence, rrule, description },
      ];
    if (event.rule.kind === 'once') {
      return occurrences.map((o) => ({ uid: calendarUid(plan.id, event.id), first: o, description }));
    }
    return occurrences.map((o) => ({
      uid: calendarUid(plan.id, event.id, o.ruleYear),
      first: o,
      description,
    }));
  });
}

function generatedEntries(plan: Plan, units: Map<string, string>, language: Language): CalendarEntry[] {
  const reporting = reportingPeriods(plan).flatMap((period) =>
    reportingOccurrences(period, language).map((o) => ({
      uid: calendarUid(plan.id, o.eventId),
      first: o,
      description: [
        RING_LABELS[o.ring][language],
        `${period.id}: ${format(parseISO(period.start), 'd.M.yyyy')}–${format(parseISO(period.end), 'd.M.yyyy')}`,
      ],
    })),
  );
  const measures = measureOccurrences(plan, language).map((o) => ({
    uid: calendarUid(plan.id, o.eventId),
    first: o,
    description: [
      RING_LABELS[o.ring][language],
      ...(o.ownerUnitId && units.has(o.ownerUnitId)
        ? [`${OWNER_LABEL[language]}: ${units.get(o.ownerUnitId)}`]
        : []),
    ],
  }));
  const lifecycle = lifecycleMilestones(plan, language).map((o) => ({
    uid: calendarUid(plan.id, o.eventId),
    first: o,
    description: [RING_LABELS[o.ring][language]],
  }));
  return [...reporting, ...measures, ...lifecycle];
}

/** A revision number that grows whenever the plan changes, so calendars take the newer copy. */
function sequence(plan: Plan): number {
  return Math.max(0, Math.floor((Date.parse(plan.updatedAt) - Date.UTC(2020, 0, 1)) / 60_000));
}

/**
 * The plan's annual wheel as an iCalendar file (RFC 5545): every wheel event over the plan period, every
 * reporting period's collection deadline and political meeting, every measure deadline and milestone, and the
 * lifecycle's milestones (start of revision, mid-term evaluation, leader meetings, consultation deadline), as
 * all-day events.
 */
export function planCalendar(
  plan: Plan,
  options: { now: Date; language?: Language; version?: string },
): string {
  const language = options.language ?? plan.language;
  const units = new Map(plan.units.map((u) => [u.id, u.name]));
  const stamp = icsUtcDateTime(options.now);
  const modified = icsUtcDateTime(new Date(plan.updatedAt));
  const entries = [...eventEntries(plan, units, language), ...generatedEntries(plan, units, language)];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Planhjulet//Planhjulet ${options.version ?? ''}//NO`.replace(' //', '//'),
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Årshjul – ${plan.title} (${plan.municipality.name})`)}`,
  ];
  for (const entry of entries) {
    const { first } = entry;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${entry.uid}`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${modified}`,
      `SEQUENCE:${sequence(plan)}`,
      `DTSTART;VALUE=DATE:${icsDate(first.start)}`,
      `DTEND;VALUE=DATE:${icsDate(dayAfter(first.end))}`,
      ...(entry.rrule ? [`RRULE:${entry.rrule}`] : []),
      `SUMMARY:${escapeText(first.title)}`,
      ...(entry.description.length > 0 ? [`DESCRIPTION:${escapeText(entry.description.join('\n'))}`] : []),
      `CATEGORIES:${escapeText(RING_LABELS[first.ring][language])}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}

export function planCalendarFile(
  plan: Plan,
  options: { now: Date; language?: Language; version?: string },
): OutgoingFile {
  const name = `Årshjul ${plan.municipality.name} ${plan.period.fromYear}-${plan.period.toYear}`
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '')
    .slice(0, 80);
  return {
    fileName: `${name}.ics`,
    bytes: new TextEncoder().encode(planCalendar(plan, options)),
    mimeType: 'text/calendar; charset=utf-8',
    filter: { name: 'Kalenderfil', extensions: ['ics'] },
  };
}
