import * as z from 'zod';
import { Id, IsoDate, LongText, ShortText } from './common';

/** The rings of the annual wheel, from the centre outwards. */
export const WheelRing = z.enum([
  'political',
  'administrative',
  'reporting',
  'campaign',
  'competence',
  'planwork',
]);
export type WheelRing = z.infer<typeof WheelRing>;

const Month = z.number().int().min(1).max(12);
const DayOfMonth = z.number().int().min(1).max(31);
/** ISO weekday: 1 = Monday … 7 = Sunday. */
const IsoWeekday = z.number().int().min(1).max(7);

export const MonthDay = z.object({ month: Month, day: DayOfMonth });

/** When a wheel event happens each year (or once). Expanded over the plan period in core/wheel. */
export const RecurrenceRule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), month: Month, day: DayOfMonth }),
  z.object({ kind: z.literal('range'), start: MonthDay, end: MonthDay }),
  z.object({
    kind: z.literal('nth-weekday'),
    month: Month,
    weekday: IsoWeekday,
    /** 1–5 counts from the start of the month, -1 is the last such weekday. */
    n: z.union([z.literal(-1), z.number().int().min(1).max(5)]),
  }),
  z.object({
    kind: z.literal('iso-week'),
    week: z.number().int().min(1).max(53),
    weekday: IsoWeekday.optional(),
  }),
  z.object({ kind: z.literal('once'), date: IsoDate, end: IsoDate.optional() }),
]);
export type RecurrenceRule = z.infer<typeof RecurrenceRule>;

export const WheelEvent = z.object({
  id: Id,
  title: ShortText.min(1),
  ring: WheelRing,
  rule: RecurrenceRule,
  ownerUnitId: Id.optional(),
  measureIds: z.array(Id).default([]),
  note: LongText.default(''),
  presetId: z.string().max(100).optional(),
  /** In a plan of several municipalities: the one whose event this is (its council's meeting); absent = all. */
  municipality: ShortText.optional(),
});
export type WheelEvent = z.infer<typeof WheelEvent>;
