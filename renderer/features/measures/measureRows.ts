import { measuresInOrder } from '../../../core/plan/measures';
import { compareMeasureNumbers, measureNumbers } from '../../../core/plan/numbering';
import type { Measure } from '../../../core/schema/measure';
import type { Plan } from '../../../core/schema/plan';
import {
  ALL_STATUSES_AND_MISSING,
  effectiveStatus,
  latestUpdateByMeasure,
  type StatusOrMissing,
} from '../../../core/status/summary';

/** One line of the measure table: the measure and what the table shows and sorts by. */
export interface MeasureRow {
  measure: Measure;
  number: string;
  focusAreaTitle: string;
  focusAreaIndex: number;
  ownerName: string;
  status: StatusOrMissing;
  /** Position within the focus area (0-based) and the area's size, for moving up and down. */
  position: number;
  areaSize: number;
}

export type SortKey = 'number' | 'title' | 'focusArea' | 'owner' | 'deadline' | 'status';
export type SortDirection = 'ascending' | 'descending';
export type DeadlineFilter = 'all' | 'overdue' | 'this-year' | 'none';

export interface RowFilters {
  focusAreaId: string | null;
  ownerId: string | null;
  deadline: DeadlineFilter;
  status: StatusOrMissing | null;
}

export const NO_FILTERS: RowFilters = { focusAreaId: null, ownerId: null, deadline: 'all', status: null };

/** Statuses a measure with a passed deadline is no longer late in. */
const FINISHED: ReadonlySet<StatusOrMissing> = new Set([
  'done',
  'done-late',
  'stopped',
  'continued',
  'changed',
]);

/** The rows in plan order (the order that gives the numbers), with the latest status of each measure. */
export function buildRows(plan: Plan): MeasureRow[] {
  const numbers = measureNumbers(plan);
  const latest = latestUpdateByMeasure(plan);
  const units = new Map(plan.units.map((u) => [u.id, u.name]));
  const areas = new Map(plan.focusAreas.map((f, i) => [f.id, { title: f.title, index: i }]));
  const sizes = new Map<string, number>();
  for (const m of plan.measures) sizes.set(m.focusAreaId, (sizes.get(m.focusAreaId) ?? 0) + 1);
  const seen = new Map<string, number>();
  return measuresInOrder(plan).map((measure) => {
    const position = seen.get(measure.focusAreaId) ?? 0;
    seen.set(measure.focusAreaId, position + 1);
    const update = latest.get(measure.id);
    return {
      measure,
      number: numbers.get(measure.id) ?? '',
      focusAreaTitle: areas.get(measure.focusAreaId)?.title ?? '',
      focusAreaIndex: areas.get(measure.focusAreaId)?.index ?? 0,
      ownerName: measure.leadOwnerUnitId ? (units.get(measure.leadOwnerUnitId) ?? '') : '',
      status: update ? effectiveStatus(update, measure) : 'no-report',
      position,
      areaSize: sizes.get(measure.focusAreaId) ?? 0,
    };
  });
}

export function isOverdue(row: MeasureRow, today: string): boolean {
  return row.measure.deadline !== undefined && row.measure.deadline < today && !FINISHED.has(row.status);
}

export function filterRows(rows: readonly MeasureRow[], filters: RowFilters, today: string): MeasureRow[] {
  const year = today.slice(0, 4);
  return rows.filter((row) => {
    const m = row.measure;
    if (filters.focusAreaId && m.focusAreaId !== filters.focusAreaId) return false;
    if (filters.ownerId && m.leadOwnerUnitId !== filters.ownerId) return false;
    if (filters.status && row.status !== filters.status) return false;
    switch (filters.deadline) {
      case 'overdue':
        return isOverdue(row, today);
      case 'this-year':
        return m.deadline?.startsWith(year) ?? false;
      case 'none':
        return m.deadline === undefined && m.period === undefined;
      default:
        return true;
    }
  });
}

/** When a measure is due: its deadline, else the end of its period; without either it sorts last. */
function dueKey(m: Measure): string {
  if (m.deadline) return m.deadline;
  if (m.period) return `${m.period.to}-12-31`;
  return '9999-99-99';
}

const statusRank = (status: StatusOrMissing) => ALL_STATUSES_AND_MISSING.indexOf(status);
const text = (a: string, b: string) => a.localeCompare(b, 'nb', { sensitivity: 'base' });

/** Sorted copy; ties keep plan order, so the numbering order shows within equal values. */
export function sortRows(rows: readonly MeasureRow[], key: SortKey, direction: SortDirection): MeasureRow[] {
  const compare: Record<SortKey, (a: MeasureRow, b: MeasureRow) => number> = {
    number: (a, b) => compareMeasureNumbers(a.number, b.number),
    title: (a, b) => text(a.measure.title, b.measure.title),
    focusArea: (a, b) => a.focusAreaIndex - b.focusAreaIndex,
    owner: (a, b) => {
      // Measures without an owner come first when ascending: they are what needs attention.
      if (!a.ownerName || !b.ownerName) return Number(Boolean(a.ownerName)) - Number(Boolean(b.ownerName));
      return text(a.ownerName, b.ownerName);
    },
    deadline: (a, b) => dueKey(a.measure).localeCompare(dueKey(b.measure)),
    status: (a, b) => statusRank(a.status) - statusRank(b.status),
  };
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => sign * compare[key](a.row, b.row) || a.index - b.index)
    .map(({ row }) => row);
}
