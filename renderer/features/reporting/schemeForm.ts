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
