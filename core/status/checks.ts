import { periodName, statusName } from '../labels/labelNames';
import { formatCoreMessage } from '../messages/catalogues';
import { longDate } from '../messages/dates';
import { type Message, message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { measuresInOrder } from '../plan/measures';
import { measureNumbers } from '../plan/numbering';
import { findPeriod } from '../reporting/periods';
import type { Measure } from '../schema/measure';
import type { Plan } from '../schema/plan';
import type { MeasureStatus, StatusUpdate } from '../schema/status';
import type { StatusFinding } from './findings';
import { isFinished, latestUpdateBefore } from './previous';
import { effectiveStatus, updatesInPeriod } from './summary';
import { findDatesInText } from './textDates';

const NOT_YET_DONE: readonly (MeasureStatus | undefined)[] = [
  undefined,
  'not-started',
  'on-track',
  'at-risk',
];

/** Words that make a date in a sentence a promise («skal være klar innen …») rather than a past event. */
const FORWARD_CUE =
  /(?<![\p{L}\d])(innen|ferdig\p{L}*|klar|før|frist\p{L}*|skal|skulle|planlagt|planlegges|forvent\p{L}*|vil|blir|oppstart|starter|utsatt|neste|senest|i løpet av|regner med|ventes|målet)(?![\p{L}\d])/iu;

const sameText = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb') ===
  b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');

/** The sentence around `index`, from its start up to `index`. Sentences end at «. X», «!», «?» or a line break. */
function sentencePrefix(text: string, index: number): string {
  const before = text.slice(0, index);
  const breaks = [...before.matchAll(/\p{L}{2}[.!?]\s+(?=\p{Lu})|[!?]\s+|\n/gu)];
  const last = breaks[breaks.length - 1];
  return last ? before.slice((last.index ?? 0) + last[0].length) : before;
}

function lastWords(prefix: string, count: number): string {
  const words = prefix.trim().split(/\s+/).filter(Boolean);
  return words.slice(-count).join(' ');
}

interface MeasureContext {
  measure: Measure;
  number: string;
  report: StatusUpdate | undefined;
  previous: StatusUpdate | undefined;
}

type Finding = Omit<StatusFinding, 'measureId' | 'measureNumber' | 'measureTitle'>;

/** A finding of `kind` that says `text` and suggests `action`, with their Bokmål renderings beside them. */
function statusFinding(
  kind: StatusFinding['kind'],
  text: Message,
  action: Message,
  extra: Pick<StatusFinding, 'suggestedStatus' | 'quote' | 'quotedDate'> = {},
): Finding {
  return {
    kind,
    message: formatCoreMessage(text),
    text,
    suggestedAction: formatCoreMessage(action),
    actionText: action,
    ...extra,
  };
}

function deadlineFindings({ measure, report, previous }: MeasureContext, asOf: string): Finding[] {
  if (!measure.deadline || measure.deadline >= asOf) return [];
  const source = report ?? previous;
  const status = source ? effectiveStatus(source, measure) : undefined;
  const deadline = longDate(measure.deadline);
  if (NOT_YET_DONE.includes(status)) {
    const text = status
      ? message('status-finding.deadline-passed', { deadline, status: statusName(status) })
      : message('status-finding.deadline-passed.unreported', { deadline });
    return [
      statusFinding('deadline-passed', text, message('status-action.set-delayed'), {
        suggestedStatus: 'delayed',
      }),
    ];
  }
  if (status === 'delayed' && report && report.reason.trim() === '' && report.narrative.trim() === '') {
    return [
      statusFinding(
        'deadline-passed',
        message('status-finding.delayed-without-reason', { deadline }),
        message('status-action.explain-delay'),
      ),
    ];
  }
  return [];
}

function copiedNarrativeFindings({ report, previous }: MeasureContext): Finding[] {
  if (!report || !previous || report.narrative.trim() === '') return [];
  if (!sameText(report.narrative, previous.narrative)) return [];
  return [
    statusFinding(
      'narrative-unchanged',
      message('status-finding.narrative-unchanged', { period: periodName(previous.periodId) }),
      message('status-action.write-news'),
    ),
  ];
}

function pastDateFindings({ measure, report }: MeasureContext, asOf: string, periodStart: string): Finding[] {
  if (!report) return [];
  const status = effectiveStatus(report, measure);
  if (isFinished(status)) return [];
  const findings: Finding[] = [];
  const fields: Array<{ text: string; alwaysForward: boolean }> = [
    { text: report.narrative, alwaysForward: false },
    { text: report.nextStep, alwaysForward: true },
  ];
  for (const { text, alwaysForward } of fields) {
    for (const found of findDatesInText(text, periodStart)) {
      if (found.date >= asOf) continue;
      const prefix = sentencePrefix(text, found.index);
      if (!alwaysForward && !FORWARD_CUE.test(prefix)) continue;
      const quote = `${lastWords(prefix, 2)} ${found.words}`.trim();
      const notDone = NOT_YET_DONE.includes(status);
      findings.push(
        statusFinding(
          'past-date-in-text',
          message('status-finding.past-date-in-text', {
            quote,
            date: longDate(found.date),
            asOf: longDate(asOf),
          }),
          message(notDone ? 'status-action.new-date-or-delayed' : 'status-action.new-date-or-explain'),
          { ...(notDone ? { suggestedStatus: 'delayed' as const } : {}), quote, quotedDate: found.date },
        ),
      );
    }
  }
  return findings;
}

function missingReportFindings(
  plan: Plan,
  { measure, report, previous }: MeasureContext,
  periodId: string,
  collectionDeadline: string,
): Finding[] {
  if (report) return [];
  if (previous && isFinished(effectiveStatus(previous, measure))) return [];
  const owner = plan.units.find((u) => u.id === measure.leadOwnerUnitId);
  const neverReported = !plan.statusUpdates.some((u) => u.measureId === measure.id);
  return [
    statusFinding(
      'no-report',
      neverReported
        ? message('status-finding.no-report.never')
        : message('status-finding.no-report', { period: periodName(periodId) }),
      owner
        ? message('status-action.ask-owner', { owner: owner.name, date: longDate(collectionDeadline) })
        : message('status-action.set-owner'),
    ),
  ];
}

/**
 * Checks before the period's report goes out, per measure in plan order: deadlines passed without the measure
 * being done, narratives copied from last period, promised dates that are already past, and missing reports.
 * `asOf` (`YYYY-MM-DD`) is the day the report is put together.
 */
export function statusChecks(plan: Plan, periodId: string, asOf: string): StatusFinding[] {
  const period = findPeriod(plan, periodId);
  if (!period) {
    throw new PlanOperationError(
      message('status.period-missing', {
        period: periodId,
        from: plan.period.fromYear,
        to: plan.period.toYear,
      }),
    );
  }
  const numbers = measureNumbers(plan);
  const thisPeriod = updatesInPeriod(plan, periodId);
  const before = latestUpdateBefore(plan, periodId);
  const findings: StatusFinding[] = [];
  for (const measure of measuresInOrder(plan)) {
    const context: MeasureContext = {
      measure,
      number: numbers.get(measure.id) ?? '',
      report: thisPeriod.get(measure.id),
      previous: before.get(measure.id),
    };
    const own = [
      ...missingReportFindings(plan, context, periodId, period.collectionDeadline),
      ...deadlineFindings(context, asOf),
      ...copiedNarrativeFindings(context),
      ...pastDateFindings(context, asOf, period.start),
    ];
    for (const finding of own) {
      findings.push({
        measureId: measure.id,
        measureNumber: context.number,
        measureTitle: measure.title,
        ...finding,
      });
    }
  }
  return findings;
}
