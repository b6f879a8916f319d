import { checkPlanFileText, type PlanFileCheck } from '../../../core/validation';

let last: { text: string; check: PlanFileCheck } | undefined;

/**
 * `checkPlanFileText` that remembers its last answer: a CLI export checks the plan for case data (plan.caseData)
 * and then exports it (export.plan), each reading the same file; the schema check of a big plan was a tenth of
 * the export. The text is compared whole, so a changed file is always checked anew. The plan it gives is shared
 * between callers, which treat plans as immutable anyway. Its callers only read the plan (check, export, show
 * the wheel), so fields a newer version added are not looked for: nothing here saves the plan.
 */
export function checkedPlanText(text: string): PlanFileCheck {
  if (last?.text !== text) last = { text, check: checkPlanFileText(text, { readOnly: true }) };
  return last.check;
}
