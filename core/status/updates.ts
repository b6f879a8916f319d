import { newId } from '../ids';
import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { comparePeriodIds, findPeriod } from '../reporting/periods';
import type { Plan } from '../schema/plan';
import { type MeasureStatus, type StatusUpdate, StatusUpdate as StatusUpdateSchema } from '../schema/status';
import { type StatusDraft, type StatusDraftInput, StatusDraft as StatusDraftSchema } from './draft';
import { currentUpdates, effectiveStatus } from './summary';

function parseDraft(input: StatusDraftInput): StatusDraft {
  const parsed = StatusDraftSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PlanOperationError(
      issue
        ? message('operation.field-invalid', { problem: issue.message })
        : message('status.report-incomplete'),
    );
  }
  return parsed.data;
}

function requireMeasureAndPeriod(plan: Plan, draft: StatusDraft): void {
  if (!plan.measures.some((m) => m.id === draft.measureId)) {
    throw new PlanOperationError(message('status.measure-missing'));
  }
  if (!findPeriod(plan, draft.periodId)) {
    throw new PlanOperationError(
      message('status.period-missing', {
        period: draft.periodId,
        from: plan.period.fromYear,
        to: plan.period.toYear,
      }),
    );
  }
}

/** The measure's report for the period that no correction has replaced, if any. */
export function currentReport(
  plan: Pick<Plan, 'statusUpdates'>,
  measureId: string,
  periodId: string,
): StatusUpdate | undefined {
  const inPeriod = currentUpdates(plan.statusUpdates).filter(
    (u) => u.measureId === measureId && u.periodId === periodId,
  );
  return inPeriod.reduce<StatusUpdate | undefined>(
    (latest, u) => (latest === undefined || u.reportedAt >= latest.reportedAt ? u : latest),
    undefined,
  );
}

function stamp(draft: StatusDraft, now: Date, corrects?: string): StatusUpdate {
  return StatusUpdateSchema.parse({
    ...draft,
    id: newId(),
    reportedAt: now.toISOString(),
    ...(corrects ? { corrects } : {}),
  });
}

/**
 * Appends a report. A measure has one current report per period: if it already has one, the new report must
 * be a correction of it (`correctStatusUpdate`), so nothing is overwritten.
 */
export function addStatusUpdate(
  plan: Plan,
  input: StatusDraftInput,
  now: Date,
): { plan: Plan; update: StatusUpdate } {
  const draft = parseDraft(input);
  requireMeasureAndPeriod(plan, draft);
  if (currentReport(plan, draft.measureId, draft.periodId)) {
    throw new PlanOperationError(message('status.report-exists'));
  }
  const update = stamp(draft, now);
  return { plan: { ...plan, statusUpdates: [...plan.statusUpdates, update] }, update };
}

/** The fields of a correction; it keeps the measure and period of the report it corrects. */
export type CorrectionInput = Omit<StatusDraftInput, 'measureId' | 'periodId'>;

/**
 * Appends a correction of the current report `correctsId`. The corrected report stays in the history, marked
 * as replaced.
 */
export function correctStatusUpdate(
  plan: Plan,
  correctsId: string,
  input: CorrectionInput,
  now: Date,
): { plan: Plan; update: StatusUpdate } {
  const target = plan.statusUpdates.find((u) => u.id === correctsId);
  if (!target) throw new PlanOperationError(message('status.correction-target-missing'));
  if (plan.statusUpdates.some((u) => u.corrects === correctsId)) {
    throw new PlanOperationError(message('status.already-corrected'));
  }
  const draft = parseDraft({ ...input, measureId: target.measureId, periodId: target.periodId });
  requireMeasureAndPeriod(plan, draft);
  const update = stamp(draft, now, target.id);
  return { plan: { ...plan, statusUpdates: [...plan.statusUpdates, update] }, update };
}

export interface StatusHistoryEntry {
  update: StatusUpdate;
  /** What a reader sees: «Gjennomført» after the deadline shows as «Gjennomført etter frist». */
  effectiveStatus: MeasureStatus;
  isCorrection: boolean;
  /** The id of the report that corrects this one, when it has been corrected. */
  correctedBy?: string;
  /** Not replaced by a correction. */
  current: boolean;
}

/** Every report on a measure, oldest period first and within a period in the order they were made. */
export function measureHistory(
  plan: Pick<Plan, 'statusUpdates' | 'measures'>,
  measureId: string,
): StatusHistoryEntry[] {
  const measure = plan.measures.find((m) => m.id === measureId);
  const correctedBy = new Map<string, string>();
  for (const u of plan.statusUpdates) if (u.corrects) correctedBy.set(u.corrects, u.id);
  return plan.statusUpdates
    .filter((u) => u.measureId === measureId)
    .sort((a, b) => comparePeriodIds(a.periodId, b.periodId) || a.reportedAt.localeCompare(b.reportedAt))
    .map((update) => {
      const by = correctedBy.get(update.id);
      return {
        update,
        effectiveStatus: effectiveStatus(update, measure ?? {}),
        isCorrection: update.corrects !== undefined,
        ...(by ? { correctedBy: by } : {}),
        current: by === undefined,
      };
    });
}
