import { measuresInOrder } from '../../../core/plan/measures';
import { measureNumbers } from '../../../core/plan/numbering';
import { type ReportingPeriod, reportingPeriods } from '../../../core/reporting/periods';
import type { Plan } from '../../../core/schema/plan';
import type { MeasureStatus, StatusUpdate } from '../../../core/schema/status';
import { isFinished } from '../../../core/status/previous';
import { statusRound } from '../../../core/status/round';
import {
  ALL_STATUSES_AND_MISSING,
  effectiveStatus,
  latestUpdateByMeasure,
  type StatusOrMissing,
  statusCountsByFocusArea,
} from '../../../core/status/summary';
import { countsByLight, type Light } from '../status/statusLights';

/** A measure as the leadership view lists it, with what its latest report says. */
export interface LeadershipMeasure {
  measureId: string;
  number: string;
  title: string;
  ownerName: string;
  deadline?: string;
  status: StatusOrMissing;
  /** The latest report up to the period, if any. */
  report?: StatusUpdate;
}

export interface AreaSummary {
  focusAreaId: string;
  number: number;
  title: string;
  total: number;
  lights: Record<Light, number>;
}

export interface TrendPoint {
  periodId: string;
  lights: Record<Light, number>;
}

export interface LeadershipSummary {
  periodId: string;
  total: number;
  /** How many measures have each status (latest report up to the period; «no-report» if none). */
  statusCounts: Record<StatusOrMissing, number>;
  lights: Record<Light, number>;
  areas: AreaSummary[];
  /** Latest status «Forsinket» or «Pågår – risiko»: late ones first. */
  attention: LeadershipMeasure[];
  /** Latest report asks for a decision. */
  decisions: LeadershipMeasure[];
  /** Reported «Endret» or «Avsluttet – ikke gjennomført» in this period. */
  changedOrStopped: LeadershipMeasure[];
  /** The period after this one, and unfinished measures whose deadline falls in it. */
  nextPeriod?: ReportingPeriod;
  upcoming: LeadershipMeasure[];
  /** From the first period with reports up to this one. */
  trend: TrendPoint[];
  /** Measures with a report in exactly this period, and those that needed one. */
  reportedInPeriod: number;
  neededInPeriod: number;
}

const ATTENTION_ORDER: readonly MeasureStatus[] = ['delayed', 'at-risk'];

function lightsUpTo(plan: Plan, periodId: string): Record<Light, number> {
  const total: Partial<Record<StatusOrMissing, number>> = {};
  for (const area of statusCountsByFocusArea(plan, periodId)) {
    for (const status of ALL_STATUSES_AND_MISSING) total[status] = (total[status] ?? 0) + area.counts[status];
  }
  return countsByLight(total);
}

/**
 * Everything the leadership view shows for one reporting period: each measure's latest status up to the
 * period, counted per traffic light and focus area, what needs attention or a decision, what is due next,
 * and the trend over the periods so far.
 */
export function leadershipSummary(plan: Plan, periodId: string): LeadershipSummary {
  const periods = reportingPeriods(plan);
  const numbers = measureNumbers(plan);
  const latest = latestUpdateByMeasure(plan, periodId);
  const unitName = new Map(plan.units.map((u) => [u.id, u.name]));
  const statusCounts = Object.fromEntries(ALL_STATUSES_AND_MISSING.map((s) => [s, 0])) as Record<
    StatusOrMissing,
    number
  >;
  const measures: LeadershipMeasure[] = measuresInOrder(plan).map((measure) => {
    const report = latest.get(measure.id);
    const status = report ? effectiveStatus(report, measure) : 'no-report';
    statusCounts[status] += 1;
    return {
      measureId: measure.id,
      number: numbers.get(measure.id) ?? '',
      title: measure.title,
      ownerName: (measure.leadOwnerUnitId && unitName.get(measure.leadOwnerUnitId)) || '',
      ...(measure.deadline ? { deadline: measure.deadline } : {}),
      status,
      ...(report ? { report } : {}),
    };
  });

  const areas = statusCountsByFocusArea(plan, periodId).map((area, index) => ({
    focusAreaId: area.focusAreaId,
    number: index + 1,
    title: plan.focusAreas.find((f) => f.id === area.focusAreaId)?.title ?? '',
    total: area.total,
    lights: countsByLight(area.counts),
  }));

  const attention = measures
    .filter((m) => (ATTENTION_ORDER as readonly StatusOrMissing[]).includes(m.status))
    .sort(
      (a, b) =>
        ATTENTION_ORDER.indexOf(a.status as MeasureStatus) -
        ATTENTION_ORDER.indexOf(b.status as MeasureStatus),
    );
  const decisions = measures.filter((m) => m.report?.decisionNeeded.needed);
  const changedOrStopped = measures.filter(
    (m) => (m.status === 'changed' || m.status === 'stopped') && m.report?.periodId === periodId,
  );

  const index = periods.findIndex((p) => p.id === periodId);
  const nextPeriod = index >= 0 ? periods[index + 1] : undefined;
  const upcoming = nextPeriod
    ? measures.filter(
        (m) =>
          m.deadline !== undefined &&
          m.deadline >= nextPeriod.start &&
          m.deadline <= nextPeriod.end &&
          !isFinished(m.status === 'no-report' ? undefined : m.status),
      )
    : [];

  const reportedPeriods = new Set(plan.statusUpdates.map((u) => u.periodId));
  const firstReported = periods.findIndex((p) => reportedPeriods.has(p.id));
  const trend =
    firstReported < 0 || index < firstReported
      ? []
      : periods
          .slice(firstReported, index + 1)
          .map((p) => ({ periodId: p.id, lights: lightsUpTo(plan, p.id) }));

  const round = statusRound(plan, periodId);

  return {
    periodId,
    total: measures.length,
    statusCounts,
    lights: countsByLight(statusCounts),
    areas,
    attention,
    decisions,
    changedOrStopped,
    ...(nextPeriod ? { nextPeriod } : {}),
    upcoming,
    trend,
    reportedInPeriod: round.reported,
    neededInPeriod: round.reported + round.missing,
  };
}
