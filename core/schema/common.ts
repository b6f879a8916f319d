import { isExists } from 'date-fns';
import * as z from 'zod';
import './zodLocale';

/** Stable identifiers inside one plan file. Generated with `newId()`; never reused. */
export const Id = z.string().min(1).max(100);
export type Id = z.infer<typeof Id>;

/** A calendar date without time, as written in the plan file: `2026-03-31`. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dato må skrives ÅÅÅÅ-MM-DD')
  .refine((s) => isExists(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))), {
    message: 'Ugyldig dato',
  });
export type IsoDate = z.infer<typeof IsoDate>;

/** A moment in time (ISO 8601 with time zone), e.g. when a status was reported. */
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Year = z.number().int().min(2000).max(2100);

/** Free text typed by users. Bounded so a pasted novel cannot make the file unusable. */
export const ShortText = z.string().max(500);
export const LongText = z.string().max(50_000);

/**
 * An e-mail address for reminders and status forms (a work address, not a case). Empty means none. Only its
 * shape is checked: one @, a dot in the domain, nothing a mail header would misread.
 */
export const EmailAddress = z
  .string()
  .trim()
  .max(254)
  .regex(
    /^$|^[^\s@<>()[\],;:"\\]+@[^\s@<>()[\],;:"\\]+\.[^\s@<>()[\],;:"\\]+$/,
    'Skriv e-postadressen som navn@kommune.no',
  );
export type EmailAddress = z.infer<typeof EmailAddress>;

export const Language = z.enum(['nb', 'nn', 'en']);
export type Language = z.infer<typeof Language>;

/** An indicator says how we will know a goal or measure made a difference. */
export const Indicator = z.object({
  id: Id,
  name: ShortText,
  unit: ShortText.default(''),
  baseline: ShortText.default(''),
  target: ShortText.default(''),
  source: ShortText.default(''),
});
export type Indicator = z.infer<typeof Indicator>;
