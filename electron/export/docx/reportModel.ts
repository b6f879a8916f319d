import { measureNumbers } from '../../../core/plan/numbering';
import { type ReportingPeriod, reportingPeriods } from '../../../core/reporting/periods';
import type { FocusArea } from '../../../core/schema/focusArea';
import type { Measure } from '../../../core/schema/measure';
import type { Plan } from '../../../core/schema/plan';
import type { StatusUpdate } from '../../../core/schema/status';
import {
  ALL_STATUSES_AND_MISSING,
  effectiveStatus,
  type FocusAreaStatusCount,
  latestUpdateByMeasure,
  type StatusOrMissing,
  statusCountsByFocusArea,
} from '../../../core/status/summary';

/** One measure as the report sees it: its latest report up to the period, and whether that is from this period. */
export interface ReportedMeasure {
  measure: Measure;
  number: string;
  status: StatusOrMissing;
  update?: StatusUpdate;
  reportedThisPeriod: boolean;
}

export interface ReportArea {
  area: FocusArea;
  position: number;
  counts: FocusAreaStatusCount['counts'];
  total: number;
  measures: ReportedMeasure[];
}

/** Something with a date in the next period: a measure's deadline or a milestone not yet done. */
export interface DueItem {
  entry: ReportedMeasure;
  date: string;
  milestone?: string;
}

export interface ReportModel {
  period: ReportingPeriod;
  next?: ReportingPeriod;
  /** The day the status is «per»: the end of the period. */
  asOf: string;
  areas: ReportArea[];
  totals: Record<StatusOrMissing, number>;
  measureCount: number;
  decisions: ReportedMeasure[];
  delayed: ReportedMeasure[];
  changedOrStopped: ReportedMeasure[];
  /** Measures still under way that got no report this period (finished ones need none). */
  missing: ReportedMeasure[];
  dueNext: DueItem[];
}

const FINISHED: readonly StatusOrMissing[] = ['done', 'done-late', 'stopped', 'continued'];

/** Unknown period ids are the caller's to refuse; this assumes `period` is one of the plan's. */
export function reportModel(plan: Plan, period: ReportingPeriod): ReportModel {
  const numbers = measureNumbers(plan);
  const latest = latestUpdateByMeasure(plan, period.id);
  const counts = statusCountsByFocusArea(plan, period.id);
  const periods = reportingPeriods(plan);
  const next = periods[periods.findIndex((p) => p.id === period.id) + 1];
  const areas: ReportArea[] = plan.focusAreas.map((area, index) => {
    const measures = plan.measures
      .filter((m) => m.focusAreaId === area.id)
      .map((measure): ReportedMeasure => {
        const update = latest.get(measure.id);
        return {
          measure,
          number: numbers.get(measure.id) ?? '',
          status: update ? effectiveStatus(update, measure) : 'no-report',
          update,
          reportedThisPeriod: update?.periodId === period.id,
        };
      });
    const count = counts[index] as FocusAreaStatusCount;
    return { area, position: index + 1, counts: count.counts, total: count.total, measures };
  });
  const all = areas.flatMap((a) => a.measures);
  const totals = Object.fromEntries(
    ALL_STATUSES_AND_MISSING.map((s) => [s, areas.reduce((n, a) => n + a.counts[s], 0)]),
  ) as Record<StatusOrMissing, number>;
  const dueNext: DueItem[] = [];
  if (next) {
    const inNext = (date: string | undefined): date is string =>
      date !== undefined && date >= next.start && date <= next.end;
    for (const entry of all) {
      if (FINISHED.includes(entry.status)) continue;
      if (inNext(entry.measure.deadline)) dueNext.push({ entry, date: entry.measure.deadline });
      for (const milestone of entry.measure.milestones) {
        if (!milestone.done && inNext(milestone.date))
          dueNext.push({ entry, date: milestone.date, milestone: milestone.title });
      }
    }
    dueNext.sort((a, b) => a.date.localeCompare(b.date));
  }
  return {
    period,
    next,
    asOf: period.end,
    areas,
    totals,
    measureCount: all.length,
    decisions: all.filter((e) => e.update?.decisionNeeded.needed),
    delayed: all.filter((e) => e.status === 'delayed' || e.status === 'at-risk'),
    changedOrStopped: all.filter((e) => e.status === 'changed' || e.status === 'stopped'),
    missing: all.filter((e) => !e.reportedThisPeriod && !FINISHED.includes(e.status)),
    dueNext,
  };
}
