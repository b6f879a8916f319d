import type { WheelRing } from '../schema/wheel';

/**
 * Where an occurrence on the wheel comes from: the plan's own wheel events or what the plan generates (reporting,
 * measures, grants, the lifecycle's milestones). Only `event` can be edited on the wheel.
 */
export type OccurrenceSource =
  | 'event'
  | 'reporting'
  | 'measure-deadline'
  | 'milestone'
  | 'grant-decision'
  | 'lifecycle';

/**
 * A date the rule asked for does not exist that year (29 February outside leap years, 31 April) and the
 * occurrence was moved to the last day of that month. `requested` is `MM-DD`.
 */
export interface MovedDateNote {
  kind: 'moved-to-last-day';
  requested: string;
  date: string;
}

/** One concrete appearance of something on the wheel. Dates are `YYYY-MM-DD`; `end` is inclusive. */
export interface Occurrence {
  /** Unique in the plan and the same in every run: `<eventId>@<start>`. */
  id: string;
  eventId: string;
  title: string;
  ring: WheelRing;
  start: string;
  end: string;
  kind: 'day' | 'range';
  source: OccurrenceSource;
  measureId?: string;
  ownerUnitId?: string;
  /** The reporting period behind a reporting occurrence (`2027-T2`). */
  periodId?: string;
  /** The year the rule produced it for; a range from December into January belongs to December's year. */
  ruleYear: number;
  notes: MovedDateNote[];
}

export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return (
    a.start.localeCompare(b.start) ||
    a.end.localeCompare(b.end) ||
    a.title.localeCompare(b.title, 'nb') ||
    a.id.localeCompare(b.id)
  );
}

/** Whether the occurrence touches the days `from`–`to` (inclusive). */
export function overlaps(occurrence: Pick<Occurrence, 'start' | 'end'>, from: string, to: string): boolean {
  return occurrence.start <= to && occurrence.end >= from;
}
