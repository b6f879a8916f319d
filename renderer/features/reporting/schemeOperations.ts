import { periodId } from '../../../core/reporting/periods';
import type { Plan } from '../../../core/schema/plan';
import { type ReportingCycle, ReportingScheme } from '../../../core/schema/reporting';

export interface SchemeFormValues {
  cycle: ReportingCycle;
  collectionDays: string;
  meetingDays: string;
  meetingBody: string;
}

export type SchemeFormErrors = Partial<Record<'collectionDays' | 'meetingDays' | 'meetingBody', true>>;

export function formFromScheme(scheme: ReportingScheme): SchemeFormValues {
  return {
    cycle: scheme.cycle,
    collectionDays: String(scheme.collectionDaysAfterEnd),
    meetingDays: String(scheme.meetingDaysAfterEnd),
    meetingBody: scheme.meetingBody,
  };
}

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\s*-?\d{1,3}\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/** The scheme the form describes, or which fields are wrong (the same bounds as the plan schema). */
export function schemeFromForm(
  values: SchemeFormValues,
  current: ReportingScheme,
): { scheme: ReportingScheme } | { errors: SchemeFormErrors } {
  const collection = wholeNumber(values.collectionDays, -60, 120);
  const meeting = wholeNumber(values.meetingDays, 0, 180);
  const body = values.meetingBody.trim();
  const errors: SchemeFormErrors = {
    ...(collection === null ? { collectionDays: true } : {}),
    ...(meeting === null ? { meetingDays: true } : {}),
    ...(body === '' ? { meetingBody: true } : {}),
  } as SchemeFormErrors;
  if (collection === null || meeting === null || body === '') return { errors };
  return {
    scheme: ReportingScheme.parse({
      ...current,
      cycle: values.cycle,
      collectionDaysAfterEnd: collection,
      meetingDaysAfterEnd: meeting,
      meetingBody: body,
    }),
  };
}

/** Whether an override's period id belongs to the cycle (`2027-T2` to tertials). */
function belongsTo(cycle: ReportingCycle, id: string): boolean {
  const suffix = periodId(cycle, 2000, 1).slice(5, 6);
  return new RegExp(`^\\d{4}-${suffix}\\d$`).test(id);
}

/**
 * Puts a new reporting scheme on the plan. Adjustments made for periods of another cycle would never apply
 * again, so they go, and the caller is told how many.
 */
export function applyScheme(plan: Plan, scheme: ReportingScheme): { plan: Plan; droppedOverrides: number } {
  const overrides = scheme.overrides.filter((o) => belongsTo(scheme.cycle, o.periodId));
  return {
    plan: { ...plan, reportingScheme: { ...scheme, overrides } },
    droppedOverrides: scheme.overrides.length - overrides.length,
  };
}

export interface PeriodAdjustment {
  collectionDeadline?: string;
  meetingBody?: string;
  meetingDate?: string;
}

/** Sets (or, with nothing in it, removes) the adjustment of one period. */
export function setPeriodOverride(plan: Plan, id: string, adjustment: PeriodAdjustment): Plan {
  const others = plan.reportingScheme.overrides.filter((o) => o.periodId !== id);
  const clean = Object.fromEntries(
    Object.entries(adjustment).filter(([, value]) => typeof value === 'string' && value.trim() !== ''),
  ) as PeriodAdjustment;
  const overrides = Object.keys(clean).length === 0 ? others : [...others, { periodId: id, ...clean }];
  return { ...plan, reportingScheme: ReportingScheme.parse({ ...plan.reportingScheme, overrides }) };
}
