import { isExists } from 'date-fns/isExists';
import * as z from 'zod';
import './zodLocale';

/**
 * Text whose length must lie within `min`..`max`, tested in one check with zod's own issues (and so its
 * Norwegian messages). A plan holds tens of thousands of such texts, and each check zod runs is a step of its
 * own for every one of them; `.min(1).max(100)` would be two.
 */
function textOfLength(min: number, max: number) {
  return z.string().check((ctx) => {
    const { length } = ctx.value;
    if (length > max) {
      ctx.issues.push({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: ctx.value });
    } else if (length < min) {
      ctx.issues.push({
        code: 'too_small',
        origin: 'string',
        minimum: min,
        inclusive: true,
        input: ctx.value,
      });
    }
  });
}

/** Stable identifiers inside one plan file. Generated with `newId()`; never reused. */
export const Id = textOfLength(1, 100);
export type Id = z.infer<typeof Id>;

const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A calendar date without time, as written in the plan file: `2026-03-31`. Shape and calendar are tested in one
 * check: a plan holds thousands of dates, and each check zod runs is a step of its own for every one of them.
 */
export const IsoDate = z.string().check((ctx) => {
  const text = ctx.value;
  if (!ISO_DATE_SHAPE.test(text)) {
    ctx.issues.push({ code: 'custom', input: text, message: 'Dato må skrives ÅÅÅÅ-MM-DD' });
  } else if (!isExists(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)))) {
    ctx.issues.push({ code: 'custom', input: text, message: 'Ugyldig dato' });
  }
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
