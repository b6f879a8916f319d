import { IsoDate } from '../../../../core/schema/common';

/** Checks of single field values; each returns the i18n key of the message, or null when fine. */
export type FieldCheck = (value: string) => FieldProblem | null;
export type FieldProblem = 'required' | 'year' | 'date' | 'municipalityNumber' | 'amount';

export const required: FieldCheck = (value) => (value.trim() === '' ? 'required' : null);

export const year: FieldCheck = (value) => {
  const n = Number(value.trim());
  return /^\d{4}$/.test(value.trim()) && n >= 2000 && n <= 2100 ? null : 'year';
};

export const optionalDate: FieldCheck = (value) =>
  value.trim() === '' || IsoDate.safeParse(value.trim()).success ? null : 'date';

export const municipalityNumber: FieldCheck = (value) =>
  value.trim() === '' || /^\d{4}$/.test(value.trim()) ? null : 'municipalityNumber';

export const optionalAmount: FieldCheck = (value) => {
  const cleaned = value.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return cleaned === '' || (Number.isFinite(Number(cleaned)) && Number(cleaned) >= 0) ? null : 'amount';
};

/** «12 500» or «12500,50» as a number; undefined for an empty field. */
export function parseAmount(value: string): number | undefined {
  const cleaned = value.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return cleaned === '' ? undefined : Number(cleaned);
}
