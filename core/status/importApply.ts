import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { measureNumbers } from '../plan/numbering';
import type { Plan } from '../schema/plan';
import type { ConflictChoices, ImportResult, StatusImportPreview } from './importSchema';
import { addStatusUpdate, correctStatusUpdate, currentReport } from './updates';

/**
 * Adds the reports of a previewed status form to the plan, all or nothing. A measure that already has a
 * report for the period needs a choice: keep the existing report, or add the form's as a correction of it.
 * Conflicts are checked again against `plan`, so a report added since the preview is not overwritten.
 */
export function applyStatusImport(
  plan: Plan,
  preview: StatusImportPreview,
  choices: ConflictChoices,
  now: Date,
): { plan: Plan; result: ImportResult } {
  if (preview.problems.length > 0) {
    throw new PlanOperationError(message('status.import-has-problems', { count: preview.problems.length }));
  }
  if (preview.planId !== plan.id) {
    throw new PlanOperationError(message('status.import-other-plan'));
  }
  const choiceOf = new Map(choices.map((c) => [c.measureId, c.choice]));
  const numbers = measureNumbers(plan);
  const undecided = preview.rows.filter(
    (row) => currentReport(plan, row.measureId, row.draft.periodId) && !choiceOf.has(row.measureId),
  );
  if (undecided.length > 0) {
    const list = undecided.map((row) => numbers.get(row.measureId) ?? row.measureNumber).join(', ');
    throw new PlanOperationError(message('status.import-undecided', { measures: list }));
  }
  let next = plan;
  const result: ImportResult = { added: 0, corrected: 0, kept: 0 };
  for (const row of preview.rows) {
    const existing = currentReport(next, row.measureId, row.draft.periodId);
    if (!existing) {
      next = addStatusUpdate(next, row.draft, now).plan;
      result.added += 1;
    } else if (choiceOf.get(row.measureId) === 'add-as-correction') {
      const { measureId: _measure, periodId: _period, ...fields } = row.draft;
      next = correctStatusUpdate(next, existing.id, fields, now).plan;
      result.corrected += 1;
    } else {
      result.kept += 1;
    }
  }
  return { plan: next, result };
}
