import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { grantDecisionsDue } from '../funding/grantDecision';
import { periodLabel } from '../labels/domainLabels';
import { lifecycleMilestones } from '../lifecycle/milestones';
import { measureNumbers } from '../plan/numbering';
import { comparePeriodIds, type ReportingPeriod, reportingPeriods } from '../reporting/periods';
import type { Language } from '../schema/common';
import type { Measure } from '../schema/measure';
import type { Plan } from '../schema/plan';
import type { MeasureStatus } from '../schema/status';
import { isFinished } from '../status/previous';
import { currentUpdates, effectiveStatus, updatesInPeriod } from '../status/summary';
import { expandEvent } from './expand';
import { GENERATED_TITLES } from './labels';
import { compareOccurrences, type Occurrence, overlaps } from './occurrence';

type AgendaPlan = Pick<
  Plan,
  'period' | 'reportingScheme' | 'wheelEvents' | 'measures' | 'focusAreas' | 'statusUpdates'
> &
  Partial<Pick<Plan, 'lifecycle' | 'lifecycleRecord'>>;

/** Ids of what the plan generates, stable so calendars and links keep pointing at the same thing. */
export const generatedEventId = {
  collection: (periodId: string) => `reporting:${periodId}:collection`,
  meeting: (periodId: string) => `reporting:${periodId}:meeting`,
  measureDeadline: (measureId: string) => `measure:${measureId}:deadline`,
  milestone: (measureId: string, milestoneId: string) => `measure:${measureId}:milestone:${milestoneId}`,
  grantDecision: (measureId: string) => `measure:${measureId}:grant-decision`,
};

function day(fields: Omit<Occurrence, 'id' | 'end' | 'kind' | 'ruleYear' | 'notes'>): Occurrence {
  return {
    ...fields,
    id: `${fields.eventId}@${fields.start}`,
    end: fields.start,
    kind: 'day',
    ruleYear: Number(fields.start.slice(0, 4)),
    notes: [],
  };
}

/** The status collection deadline (ring «reporting») and the political meeting (ring «political») of a period. */
export function reportingOccurrences(period: ReportingPeriod, language: Language): Occurrence[] {
  const titles = GENERATED_TITLES[language];
  const label = periodLabel(period.id, language);
  return [
    day({
      eventId: generatedEventId.collection(period.id),
      title: titles.collection(label),
      ring: 'reporting',
      start: period.collectionDeadline,
      source: 'reporting',
      periodId: period.id,
    }),
    day({
      eventId: generatedEventId.meeting(period.id),
      title: titles.meeting(period.meetingBody, label),
      ring: 'political',
      start: period.meetingDate,
      source: 'reporting',
      periodId: period.id,
    }),
  ];
}

/** Each measure's deadline and dated milestones, in the plan-work ring, owned by the measure's lead unit. */
export function measureOccurrences(
  plan: Pick<Plan, 'measures' | 'focusAreas'>,
  language: Language,
): Occurrence[] {
  const titles = GENERATED_TITLES[language];
  const numbers = measureNumbers(plan);
  const result: Occurrence[] = [];
  for (const measure of plan.measures) {
    const number = numbers.get(measure.id) ?? '';
    const owner = measure.leadOwnerUnitId ? { ownerUnitId: measure.leadOwnerUnitId } : {};
    if (measure.deadline) {
      result.push(
        day({
          eventId: generatedEventId.measureDeadline(measure.id),
          title: titles.measureDeadline(number, measure.title),
          ring: 'planwork',
          start: measure.deadline,
          source: 'measure-deadline',
          measureId: measure.id,
          ...owner,
        }),
      );
    }
    for (const milestone of measure.milestones) {
      if (!milestone.date) continue;
      result.push(
        day({
          eventId: generatedEventId.milestone(measure.id, milestone.id),
          title: titles.milestone(number, milestone.title),
          ring: 'planwork',
          start: milestone.date,
          source: 'milestone',
          measureId: measure.id,
          ...owner,
        }),
      );
    }
  }
  return [...result, ...grantDecisionOccurrences(plan, language)];
}

/**
 * For each grant-funded measure with an end date, the decision on ordinary operation in the budget round half a
 * year before the grant ends (political ring): generated, never typed in, so it moves with the grant.
 */
export function grantDecisionOccurrences(plan: Pick<Plan, 'measures'>, language: Language): Occurrence[] {
  const titles = GENERATED_TITLES[language];
  return grantDecisionsDue(plan.measures).map(({ measure, due }) =>
    day({
      eventId: generatedEventId.grantDecision(measure.id),
      title: titles.grantDecision(measure.title),
      ring: 'political',
      start: due,
      source: 'grant-decision',
      measureId: measure.id,
      ...(measure.leadOwnerUnitId ? { ownerUnitId: measure.leadOwnerUnitId } : {}),
    }),
  );
}

/**
 * Everything on the wheel that touches the days `from`–`to` (inclusive, `YYYY-MM-DD`): the plan's wheel
 * events, every reporting period's collection deadline and political meeting, every measure deadline and
 * milestone, and the lifecycle's milestones, in date order.
 */
export function occurrencesBetween(
  plan: AgendaPlan,
  from: string,
  to: string,
  language: Language = 'nb',
): Occurrence[] {
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  // A range from December into January and ISO week 1 starting in December belong to the year before.
  const events = plan.wheelEvents.flatMap((event) => expandEvent(event, fromYear - 1, toYear));
  const reporting = reportingPeriods(plan).flatMap((period) => reportingOccurrences(period, language));
  const lifecycle = lifecycleMilestones({ ...plan, lifecycle: plan.lifecycle ?? 'draft' }, language);
  return [...events, ...reporting, ...measureOccurrences(plan, language), ...lifecycle]
    .filter((occurrence) => overlaps(occurrence, from, to))
    .sort(compareOccurrences);
}

/** Everything on the wheel in one calendar year. */
export function occurrencesInYear(plan: AgendaPlan, year: number, language: Language = 'nb'): Occurrence[] {
  return occurrencesBetween(plan, `${year}-01-01`, `${year}-12-31`, language);
}

function latestStatusBefore(plan: Pick<Plan, 'statusUpdates'>, measure: Measure, periodId?: string) {
  let latest: { periodId: string; status: MeasureStatus; reportedAt: string } | undefined;
  for (const update of currentUpdates(plan.statusUpdates)) {
    if (update.measureId !== measure.id) continue;
    if (periodId !== undefined && comparePeriodIds(update.periodId, periodId) >= 0) continue;
    const newer =
      !latest ||
      comparePeriodIds(update.periodId, latest.periodId) > 0 ||
      (update.periodId === latest.periodId && update.reportedAt > latest.reportedAt);
    if (newer) {
      latest = {
        periodId: update.periodId,
        status: effectiveStatus(update, measure),
        reportedAt: update.reportedAt,
      };
    }
  }
  return latest?.status;
}

/** Whether the measure was already finished (done, stopped, carried over) before `periodId`, or at all. */
export function measureFinished(
  plan: Pick<Plan, 'statusUpdates'>,
  measure: Measure,
  periodId?: string,
): boolean {
  return isFinished(latestStatusBefore(plan, measure, periodId));
}

/** Whether a measure owes a report for the period: started by then and not finished before it. */
function owesReport(plan: Pick<Plan, 'statusUpdates'>, measure: Measure, period: ReportingPeriod): boolean {
  if (measure.start && measure.start > period.end) return false;
  if (measure.period && measure.period.from > period.year) return false;
  return !measureFinished(plan, measure, period.id);
}

/**
 * Status reports are expected once the plan is adopted (for periods ending on or after the adoption date, when
 * it is known); a draft has none overdue.
 */
function reportsExpected(plan: Pick<Plan, 'lifecycle' | 'adoption'>, period: ReportingPeriod): boolean {
  if (plan.lifecycle !== 'adopted' && plan.lifecycle !== 'revision' && plan.lifecycle !== 'expired') {
    return false;
  }
  return !plan.adoption.date || period.end >= plan.adoption.date;
}

export interface OverdueReport {
  period: ReportingPeriod;
  /** Measures without a report for the period, in plan order. */
  missingMeasureIds: string[];
}

export interface OverdueDeadline {
  measureId: string;
  deadline: string;
  title: string;
}

/** What the coordinator should look at now: «Neste 60 dager». */
export interface Outlook {
  from: string;
  to: string;
  /** Occurrences in the window, including ranges already under way. */
  due: Occurrence[];
  /** Periods whose collection deadline has passed while measures still lack a report, newest first. */
  overdueReports: OverdueReport[];
  /** Measures past their deadline and not reported finished, oldest deadline first. */
  overdueDeadlines: OverdueDeadline[];
}

export const OUTLOOK_DAYS = 60;

export function outlook(
  plan: AgendaPlan & Pick<Plan, 'lifecycle' | 'adoption'>,
  today: string,
  language: Language = 'nb',
  days = OUTLOOK_DAYS,
): Outlook {
  const to = format(addDays(parseISO(today), days), 'yyyy-MM-dd');
  const overdueReports: OverdueReport[] = [];
  for (const period of reportingPeriods(plan)) {
    if (period.collectionDeadline >= today || !reportsExpected(plan, period)) continue;
    const reported = updatesInPeriod(plan, period.id);
    const missingMeasureIds = plan.measures
      .filter((m) => !reported.has(m.id) && owesReport(plan, m, period))
      .map((m) => m.id);
    if (missingMeasureIds.length > 0) overdueReports.push({ period, missingMeasureIds });
  }
  overdueReports.reverse();
  const numbers = measureNumbers(plan);
  const overdueDeadlines = plan.measures
    .filter((m) => m.deadline !== undefined && m.deadline < today && !measureFinished(plan, m))
    .map((m) => ({
      measureId: m.id,
      deadline: m.deadline as string,
      title: GENERATED_TITLES[language].measureDeadline(numbers.get(m.id) ?? '', m.title),
    }))
    .sort((a, b) => a.deadline.localeCompare(b.deadline));
  return {
    from: today,
    to,
    due: occurrencesBetween(plan, today, to, language),
    overdueReports,
    overdueDeadlines,
  };
}
