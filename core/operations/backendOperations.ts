import * as z from 'zod';
import { planMeasureImport } from '../import/measureRows';
import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { Plan } from '../schema/plan';
import { applyStatusImport } from '../status/importApply';
import { ConflictChoices, StatusImportPreview } from '../status/importSchema';
import { defineOperation } from './operation';

const MAX_TABLE_ROWS = 10_001;

/**
 * Edits the backend makes itself from what it read (a measure list, a status form, a plan package) or decided
 * (revision).
 * They are undoable and replayable like the page's edits, but the page never sends them.
 */
export const backendOperations = {
  /** Imports the rows of a measure list, all or nothing (see `planMeasureImport`). */
  'measures.import': defineOperation({
    args: z
      .object({
        fileName: z.string().min(1).max(500),
        rows: z
          .array(z.object({ line: z.number().int().min(1), cells: z.array(z.string().max(50_000)).max(200) }))
          .max(MAX_TABLE_ROWS),
      })
      .strict(),
    apply: (plan, { fileName, rows }, { at }) => {
      const { preview, result } = planMeasureImport(plan, { rows }, { fileName, now: at });
      if (!result) {
        const first = preview.problems[0];
        const problem = !first
          ? ''
          : first.line === null
            ? first.text
            : message('import.at-line', { line: first.line, problem: first.text });
        throw new PlanOperationError(message('operation.import-refused', { fileName, problem }));
      }
      return result.plan;
    },
  }),
  /** All or nothing: the preview of a filled-in form and the user's choice for each conflict. */
  'status.importForm': defineOperation({
    args: z.object({ preview: StatusImportPreview, choices: ConflictChoices }).strict(),
    apply: (plan, { preview, choices }, { at }) => applyStatusImport(plan, preview, choices, at).plan,
  }),
  /** Replaces the whole plan with another version of the same plan (a plan package). */
  'plan.replace': defineOperation({
    args: z.object({ plan: Plan }).strict(),
    apply: (plan, { plan: incoming }) => {
      if (incoming.id !== plan.id) {
        throw new PlanOperationError(message('operation.other-plan'));
      }
      return incoming;
    },
  }),
  /** The plan has been revised into a new plan: it is no longer in force. */
  'plan.expireAfterRevision': defineOperation({
    args: z.object({}).strict(),
    apply: (plan) => ({ ...plan, lifecycle: 'expired' }),
  }),
};
