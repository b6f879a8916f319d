import { format, parseISO } from 'date-fns';
import { nb } from 'date-fns/locale';
import { periodLabel, STATUS_LABELS } from '../labels/domainLabels';
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

const longDate = (iso: string) => format(parseISO(iso), 'd. MMMM yyyy', { locale: nb });
const label = (status: MeasureStatus) => STATUS_LABELS[status].nb;
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

function deadlineFindings({ measure, report, previous }: MeasureContext, asOf: string): Finding[] {
  if (!measure.deadline || measure.deadline >= asOf) return [];
  const source = report ?? previous;
  const status = source ? effectiveStatus(source, measure) : undefined;
  if (NOT_YET_DONE.includes(status)) {
    return [
      {
        kind: 'deadline-passed',
        message: status
          ? `Fristen (${longDate(measure.deadline)}) er passert, men tiltaket står som «${label(status)}».`
          : `Fristen (${longDate(measure.deadline)}) er passert, og tiltaket er ikke rapportert som gjennomført.`,
        suggestedAction:
          'Sett status «Forsinket» og skriv hvorfor tiltaket er forsinket og når det ventes å bli ferdig.',
        suggestedStatus: 'delayed',
      },
    ];
  }
  if (status === 'delayed' && report && report.reason.trim() === '' && report.narrative.trim() === '') {
    return [
      {
        kind: 'deadline-passed',
        message: `Tiltaket er forsinket (fristen var ${longDate(measure.deadline)}), men rapporten sier ikke hvorfor.`,
        suggestedAction: 'Skriv hvorfor tiltaket er forsinket og når det ventes å bli ferdig.',
      },
    ];
  }
  return [];
}

function copiedNarrativeFindings({ report, previous }: MeasureContext): Finding[] {
  if (!report || !previous || report.narrative.trim() === '') return [];
  if (!sameText(report.narrative, previous.narrative)) return [];
  return [
    {
      kind: 'narrative-unchanged',
      message: `Beskrivelsen er ordrett den samme som i rapporten for ${periodLabel(previous.periodId)}.`,
      suggestedAction:
        'Skriv hva som har skjedd siden forrige rapport, eller si uttrykkelig at ingenting er endret.',
    },
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
      findings.push({
        kind: 'past-date-in-text',
        message: `Teksten sier «${quote}», men ${longDate(found.date)} er allerede passert (per ${longDate(asOf)}).`,
        suggestedAction: NOT_YET_DONE.includes(status)
          ? 'Skriv en ny dato i teksten, eller sett status «Forsinket» og skriv hvorfor.'
          : 'Skriv en ny dato i teksten, eller forklar hva som har skjedd.',
        ...(NOT_YET_DONE.includes(status) ? { suggestedStatus: 'delayed' as const } : {}),
        quote,
        quotedDate: found.date,
      });
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
    {
      kind: 'no-report',
      message: neverReported
        ? 'Tiltaket har ingen statusrapport i det hele tatt.'
        : `Tiltaket mangler statusrapport for ${periodLabel(periodId)}.`,
      suggestedAction: owner
        ? `Be ${owner.name} om status innen ${longDate(collectionDeadline)}.`
        : 'Gi tiltaket en ansvarlig enhet, og hent inn status fra den.',
    },
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
      `Rapporteringsperioden ${periodId} finnes ikke i planperioden ${plan.period.fromYear}–${plan.period.toYear}`,
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
