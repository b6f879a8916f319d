/** What the «Ny plan» form holds while the user types: years as typed, checked on submit. */
export interface NewPlanValues {
  title: string;
  municipality: string;
  fromYear: string;
  toYear: string;
}

export type NewPlanErrors = Partial<
  Record<keyof NewPlanValues, 'title' | 'municipality' | 'year' | 'order' | 'tooLong'>
>;

export const MAX_PERIOD_YEARS = 12;

/** A plan usually starts next year and runs four years: 2027–2030 when made in 2026. */
export function defaultPeriod(now: Date): { fromYear: number; toYear: number } {
  const fromYear = now.getFullYear() + 1;
  return { fromYear, toYear: fromYear + 3 };
}

function parseYear(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{4}$/.test(trimmed)) return null;
  const year = Number(trimmed);
  return year >= 2000 && year <= 2100 ? year : null;
}

/** Checks the form the same way the backend will, so the user hears about it next to the field. */
export function checkNewPlan(
  values: NewPlanValues,
):
  | { ok: true; request: { title: string; municipality: string; fromYear: number; toYear: number } }
  | { ok: false; errors: NewPlanErrors } {
  const errors: NewPlanErrors = {};
  if (!values.title.trim()) errors.title = 'title';
  if (!values.municipality.trim()) errors.municipality = 'municipality';
  const fromYear = parseYear(values.fromYear);
  const toYear = parseYear(values.toYear);
  if (fromYear === null) errors.fromYear = 'year';
  if (toYear === null) errors.toYear = 'year';
  if (fromYear !== null && toYear !== null) {
    if (toYear < fromYear) errors.toYear = 'order';
    else if (toYear - fromYear > MAX_PERIOD_YEARS) errors.toYear = 'tooLong';
  }
  if (Object.keys(errors).length > 0 || fromYear === null || toYear === null) return { ok: false, errors };
  return {
    ok: true,
    request: { title: values.title.trim(), municipality: values.municipality.trim(), fromYear, toYear },
  };
}
