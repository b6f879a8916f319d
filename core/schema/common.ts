import * as z from 'zod';
import './zodLocale';

/**
 * Text whose length must lie within `min`..`max`, with zod's own checks (and so its Norwegian messages). Built-in
 * checks, not a function of ours: zod's compiled parser (the plan's status updates) writes them inline.
 */
function textOfLength(min: number, max: number) {
  return min > 0 ? z.string().min(min).max(max) : z.string().max(max);
}

/** Stable identifiers inside one plan file. Generated with `newId()`; never reused. */
export const Id = textOfLength(1, 100);
export type Id = z.infer<typeof Id>;

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date without time, as written in the plan file: `2026-03-31`. zod's ISO date checks shape and
 * calendar in one pattern (compiled inline where the parser is compiled); the message says which was wrong.
 */
export const IsoDate = z.iso.date({
  error: (issue) => {
    if (issue.code !== 'invalid_format') return undefined;
    return typeof issue.input === 'string' && ISO_DATE_SHAPE.test(issue.input)
      ? 'Ugyldig dato'
      : 'Dato må skrives ÅÅÅÅ-MM-DD';
  },
});
export type IsoDate = z.infer<typeof IsoDate>;

/** A moment in time (ISO 8601 with time zone), e.g. when a status was reported. */
export const IsoDateTime = z.iso.datetime({ offset: true });

export const Year = z.number().int().min(2000).max(2100);

/** Free text typed by users. Bounded so a pasted novel cannot make the file unusable. */
export const ShortText = textOfLength(0, 500);
export const LongText = textOfLength(0, 50_000);

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
