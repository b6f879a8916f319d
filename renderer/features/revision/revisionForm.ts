import { nextTitle } from '../../../core/revision/nextTitle';
import type { Plan } from '../../../core/schema/plan';

export { nextTitle };

export interface RevisionValues {
  title: string;
  fromYear: string;
  toYear: string;
}

export type RevisionErrors = Partial<
  Record<keyof RevisionValues, 'title' | 'year' | 'start' | 'order' | 'tooLong'>
>;

const YEAR = /^\d{4}$/;

/** The next plan starts the year after this one ends and lasts as long. */
export function defaultRevision(plan: Pick<Plan, 'title' | 'period'>): RevisionValues {
  const { fromYear, toYear } = plan.period;
  const newFrom = toYear + 1;
  const newTo = newFrom + (toYear - fromYear);
  return {
    title: nextTitle(plan.title, fromYear, toYear, newFrom, newTo),
    fromYear: String(newFrom),
    toYear: String(newTo),
  };
}

export function checkRevision(
  values: RevisionValues,
  plan: Pick<Plan, 'period'>,
):
  | { ok: true; request: { title: string; fromYear: number; toYear: number } }
  | { ok: false; errors: RevisionErrors } {
  const errors: RevisionErrors = {};
  const title = values.title.trim();
  if (!title) errors.title = 'title';
  const from = Number(values.fromYear);
  const to = Number(values.toYear);
  const fromOk = YEAR.test(values.fromYear.trim()) && from >= 2000 && from <= 2100;
  const toOk = YEAR.test(values.toYear.trim()) && to >= 2000 && to <= 2100;
  if (!fromOk) errors.fromYear = 'year';
  else if (from <= plan.period.fromYear) errors.fromYear = 'start';
  if (!toOk) errors.toYear = 'year';
  else if (fromOk && to < from) errors.toYear = 'order';
  else if (fromOk && to - from > 12) errors.toYear = 'tooLong';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request: { title, fromYear: from, toYear: to } };
}
