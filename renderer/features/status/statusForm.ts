import { IsoDate } from '../../../core/schema/common';
import type { Measure } from '../../../core/schema/measure';
import { STATUSES_NEEDING_REASON, type StatusUpdate } from '../../../core/schema/status';
import type { ReportableStatus, StatusDraftInput } from '../../../core/status/draft';

export type RiskChoice = '' | 'low' | 'medium' | 'high';

/** What the status form holds while someone fills it in (all text, as the fields give it). */
export interface StatusFormValues {
  status: ReportableStatus | '';
  asOf: string;
  narrative: string;
  nextStep: string;
  reason: string;
  risk: RiskChoice;
  decisionNeeded: boolean;
  decisionText: string;
  /** Indicator id -> value as typed. */
  indicatorValues: Record<string, string>;
  reportedBy: string;
}

export type StatusFormField = 'status' | 'asOf' | 'reason' | 'decisionText';
/** Field -> key of the message under `status.form.errors`. */
export type StatusFormErrors = Partial<
  Record<StatusFormField, 'status' | 'asOf' | 'reason' | 'decisionText'>
>;

/** Statuses whose reason is asked for: required for «Endret» and «Avsluttet», welcome for late or at risk. */
export type ReasonStatus = 'changed' | 'stopped' | 'delayed' | 'at-risk';
const REASON_STATUSES: readonly ReasonStatus[] = ['changed', 'stopped', 'delayed', 'at-risk'];

export function reasonRequired(status: ReportableStatus | ''): boolean {
  return status !== '' && STATUSES_NEEDING_REASON.includes(status);
}

/** The status, when the form shows a reason field for it. */
export function reasonStatus(status: ReportableStatus | ''): ReasonStatus | null {
  return (REASON_STATUSES as readonly string[]).includes(status) ? (status as ReasonStatus) : null;
}

export function reasonShown(status: ReportableStatus | ''): boolean {
  return reasonStatus(status) !== null;
}

export function emptyStatusForm(
  asOf: string,
  reportedBy = '',
  status: ReportableStatus | '' = '',
): StatusFormValues {
  return {
    status,
    asOf,
    narrative: '',
    nextStep: '',
    reason: '',
    risk: '',
    decisionNeeded: false,
    decisionText: '',
    indicatorValues: {},
    reportedBy,
  };
}

/** The form filled with an earlier report, as the starting point of a correction. */
export function formFromUpdate(update: StatusUpdate): StatusFormValues {
  return {
    // A stored «Gjennomført etter frist» can only come from an old file; it is reported as «Gjennomført».
    status: update.status === 'done-late' ? 'done' : update.status,
    asOf: update.asOf,
    narrative: update.narrative,
    nextStep: update.nextStep,
    reason: update.reason,
    risk: update.risk ?? '',
    decisionNeeded: update.decisionNeeded.needed,
    decisionText: update.decisionNeeded.text,
    indicatorValues: Object.fromEntries(update.indicatorValues.map((v) => [v.indicatorId, v.value])),
    reportedBy: update.reportedBy,
  };
}

export function validateStatusForm(values: StatusFormValues): StatusFormErrors {
  const errors: StatusFormErrors = {};
  if (values.status === '') errors.status = 'status';
  if (!IsoDate.safeParse(values.asOf).success) errors.asOf = 'asOf';
  if (reasonRequired(values.status) && values.reason.trim() === '') errors.reason = 'reason';
  if (values.decisionNeeded && values.decisionText.trim() === '') errors.decisionText = 'decisionText';
  return errors;
}

/** «Gjennomført» dated after the deadline is shown as «Gjennomført etter frist»; the form says so. */
export function willShowAsDoneLate(values: StatusFormValues, measure: Pick<Measure, 'deadline'>): boolean {
  return values.status === 'done' && measure.deadline !== undefined && values.asOf > measure.deadline;
}

/** The report to hand to `addStatusUpdate`; call only when `validateStatusForm` found nothing. */
export function draftFromForm(
  values: StatusFormValues,
  measure: Pick<Measure, 'id' | 'indicators'>,
  periodId: string,
): StatusDraftInput {
  if (values.status === '') throw new Error('draftFromForm needs a status');
  const known = new Set(measure.indicators.map((i) => i.id));
  return {
    measureId: measure.id,
    periodId,
    status: values.status,
    asOf: values.asOf,
    narrative: values.narrative.trim(),
    nextStep: values.nextStep.trim(),
    reason: reasonShown(values.status) ? values.reason.trim() : '',
    ...(values.risk ? { risk: values.risk } : {}),
    decisionNeeded: values.decisionNeeded
      ? { needed: true, text: values.decisionText.trim() }
      : { needed: false, text: '' },
    indicatorValues: Object.entries(values.indicatorValues)
      .filter(([id, value]) => known.has(id) && value.trim() !== '')
      .map(([indicatorId, value]) => ({ indicatorId, value: value.trim() })),
    reportedBy: values.reportedBy.trim(),
  };
}
