import { newId } from '../ids';
import { measuresInOrder } from '../plan/measures';
import { comparePeriodIds } from '../reporting/periods';
import type {
  CarriedOut,
  Evaluation,
  EvaluationKind,
  FocusAreaEvaluation,
  IndicatorReading,
  MeasureEvaluation,
  MeasureRecommendation,
  ProcessIndicators,
  StatusHistoryFacts,
} from '../schema/evaluation';
import type { Measure } from '../schema/measure';
import type { Plan } from '../schema/plan';
import type { MeasureStatus, StatusUpdate } from '../schema/status';
import { currentUpdates, effectiveStatus } from '../status/summary';

const DELAYED: readonly MeasureStatus[] = ['delayed', 'at-risk'];

function byPeriodThenTime(a: StatusUpdate, b: StatusUpdate): number {
  return comparePeriodIds(a.periodId, b.periodId) || a.reportedAt.localeCompare(b.reportedAt);
}

/** A measure's reports up to `asOf`, oldest first, with corrected reports left out (the correction counts). */
function historyOf(plan: Plan, measure: Measure, asOf: string): StatusUpdate[] {
  return currentUpdates(plan.statusUpdates)
    .filter((u) => u.measureId === measure.id && u.asOf <= asOf)
    .sort(byPeriodThenTime);
}

function unique(texts: readonly string[]): string[] {
  return [...new Set(texts.map((t) => t.trim()).filter((t) => t !== ''))];
}

/** What the status history says about one measure: the last status, how often it was late, why, and what it asked. */
export function statusHistoryFacts(plan: Plan, measure: Measure, asOf: string): StatusHistoryFacts {
  const history = historyOf(plan, measure, asOf);
  const last = history.at(-1);
  // One report per period counts: a later report in the same period replaces the earlier one.
  const perPeriod = new Map<string, StatusUpdate>();
  for (const u of history) perPeriod.set(u.periodId, u);
  const delayedPeriods = [...perPeriod.values()].filter((u) => DELAYED.includes(u.status)).length;
  return {
    ...(last ? { lastStatus: effectiveStatus(last, measure), lastPeriodId: last.periodId } : {}),
    lastNarrative: last?.narrative ?? '',
    delayedPeriods,
    reasons: unique(history.map((u) => u.reason)),
    decisionsAsked: unique(history.filter((u) => u.decisionNeeded.needed).map((u) => u.decisionNeeded.text)),
    reportCount: perPeriod.size,
  };
}

/** The answers the last status suggests; the group confirms or changes them. */
export function suggestedAnswers(status: MeasureStatus | undefined): {
  carriedOut: CarriedOut;
  recommendation?: MeasureRecommendation;
} {
  switch (status) {
    case 'done':
    case 'done-late':
      return { carriedOut: 'yes' };
    case 'ongoing-operation':
      return { carriedOut: 'yes', recommendation: 'ordinary-operation' };
    case 'continued':
    case 'on-track':
    case 'at-risk':
    case 'delayed':
      return { carriedOut: 'partly', recommendation: 'continue' };
    case 'changed':
      return { carriedOut: 'partly', recommendation: 'change' };
    case 'stopped':
      return { carriedOut: 'no', recommendation: 'stop' };
    default:
      return { carriedOut: 'not-started' };
  }
}

/** The last reported value of each goal indicator and measure indicator of a focus area. */
function indicatorReadings(plan: Plan, focusAreaId: string, asOf: string): IndicatorReading[] {
  const area = plan.focusAreas.find((f) => f.id === focusAreaId);
  const lastValue = new Map<string, string>();
  const updates = currentUpdates(plan.statusUpdates)
    .filter((u) => u.asOf <= asOf)
    .sort(byPeriodThenTime);
  for (const u of updates) {
    for (const v of u.indicatorValues) if (v.value.trim()) lastValue.set(v.indicatorId, v.value.trim());
  }
  const indicators = [
    ...(area?.goals.flatMap((g) => g.indicators) ?? []),
    ...plan.measures.filter((m) => m.focusAreaId === focusAreaId).flatMap((m) => m.indicators),
  ];
  return indicators.map((i) => ({
    indicatorId: i.id,
    name: i.name,
    unit: i.unit,
    baseline: i.baseline,
    target: i.target,
    lastValue: lastValue.get(i.id) ?? '',
  }));
}

function emptyProcessIndicators(unitId: string): ProcessIndicators {
  return { unitId, staffTrained: '', routines: '', forums: '', individualPlanInUse: 'unknown', note: '' };
}

/**
 * A new evaluation prefilled from the status history, or `existing` refreshed: the history facts and indicator
 * values are read again, answers the group has given are kept, and only unanswered ones get the suggestion.
 * Measures added since get a row; rows of removed measures go.
 */
export function prefillEvaluation(
  plan: Plan,
  kind: EvaluationKind,
  asOf: string,
  now: Date,
  existing?: Evaluation,
  id: string = newId(),
): Evaluation {
  const stamp = now.toISOString();
  const before = new Map(existing?.measures.map((m) => [m.measureId, m]));
  const measures: MeasureEvaluation[] = measuresInOrder(plan).map((measure) => {
    const history = statusHistoryFacts(plan, measure, asOf);
    const suggested = suggestedAnswers(history.lastStatus);
    const kept = before.get(measure.id);
    const recommendation = kept?.recommendation ?? suggested.recommendation;
    return {
      measureId: measure.id,
      carriedOut: kept?.carriedOut ?? suggested.carriedOut,
      result: kept?.result || history.lastNarrative,
      ...(recommendation ? { recommendation } : {}),
      // A reason only explains a recommendation; a measure simply done needs none.
      why: kept?.why || (recommendation ? (history.reasons.at(-1) ?? '') : ''),
      history,
    };
  });
  const areasBefore = new Map(existing?.focusAreas.map((a) => [a.focusAreaId, a]));
  const focusAreas: FocusAreaEvaluation[] = plan.focusAreas.map((area) => ({
    focusAreaId: area.id,
    goalsReached: areasBefore.get(area.id)?.goalsReached ?? 'unknown',
    comment: areasBefore.get(area.id)?.comment ?? '',
    indicators: indicatorReadings(plan, area.id, asOf),
  }));
  const unitsBefore = new Map(existing?.processIndicators.map((p) => [p.unitId, p]));
  const owners = new Set(plan.measures.map((m) => m.leadOwnerUnitId));
  const processIndicators = plan.units
    .filter((u) => owners.has(u.id) || unitsBefore.has(u.id))
    .map((u) => unitsBefore.get(u.id) ?? emptyProcessIndicators(u.id));
  return {
    id: existing?.id ?? id,
    kind,
    asOf,
    measures,
    focusAreas,
    processIndicators,
    feedback: existing?.feedback ?? [],
    overall: existing?.overall ?? { text: '' },
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
  };
}

/**
 * The day an evaluation made `today` reads the history up to: today, or the latest report's date when a report
 * is dated later (a final report written ahead of the period's end is part of the history).
 */
export function defaultEvaluationDate(plan: Pick<Plan, 'statusUpdates'>, today: string): string {
  return plan.statusUpdates.reduce((latest, u) => (u.asOf > latest ? u.asOf : latest), today);
}

/** The plan's latest evaluation of `kind` (or of any kind), if there is one. */
export function latestEvaluation(
  plan: Pick<Plan, 'evaluations'>,
  kind?: EvaluationKind,
): Evaluation | undefined {
  return (plan.evaluations ?? []).filter((e) => kind === undefined || e.kind === kind).at(-1);
}

/** Creates the evaluation of `kind` or refreshes the one there is, from the status history up to `asOf`. */
export function prefillPlanEvaluation(
  plan: Plan,
  kind: EvaluationKind,
  asOf: string,
  now: Date,
  id?: string,
): Plan {
  const existing = latestEvaluation(plan, kind);
  const evaluation = prefillEvaluation(plan, kind, asOf, now, existing, id);
  const others = (plan.evaluations ?? []).filter((e) => e.id !== evaluation.id);
  return { ...plan, evaluations: [...others, evaluation] };
}
