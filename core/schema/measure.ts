import { z } from 'zod';
import { Id, Indicator, IsoDate, LongText, ShortText, Year } from './common';

export const FundingKind = z.enum(['within-budget', 'new-money', 'grant']);
export type FundingKind = z.infer<typeof FundingKind>;

export const Resources = z.object({
  funding: FundingKind.optional(),
  amountNok: z.number().nonnegative().max(1e12).optional(),
  note: ShortText.default(''),
});

export const Milestone = z.object({
  id: Id,
  title: ShortText.min(1),
  date: IsoDate.optional(),
  done: z.boolean().default(false),
});
export type Milestone = z.infer<typeof Milestone>;

export const YearSpan = z
  .object({ from: Year, to: Year })
  .refine((p) => p.from <= p.to, { message: 'Tidsrommet slutter før det begynner' });
export type YearSpan = z.infer<typeof YearSpan>;

/**
 * A measure (tiltak): the plan's promise. Exactly one lead owner unit carries it; partners help.
 * `number` is set only when numbers are frozen (at adoption) so later insertions get sub-letters.
 */
export const Measure = z.object({
  id: Id,
  focusAreaId: Id,
  number: z
    .string()
    .regex(/^\d+\.\d+[a-z]?$/)
    .optional(),
  title: ShortText,
  description: LongText.default(''),
  leadOwnerUnitId: Id.optional(),
  contactPerson: ShortText.default(''),
  partnerUnitIds: z.array(Id).default([]),
  start: IsoDate.optional(),
  deadline: IsoDate.optional(),
  period: YearSpan.optional(),
  recurring: z.boolean().default(false),
  targetGroups: z.array(z.string().max(100)).default([]),
  violenceForms: z.array(z.string().max(100)).default([]),
  legalBasis: z.array(ShortText).default([]),
  nationalLink: ShortText.default(''),
  catalogueId: z.string().max(100).optional(),
  resources: Resources.default({ note: '' }),
  indicators: z.array(Indicator).default([]),
  milestones: z.array(Milestone).default([]),
  /** In a plan of several municipalities: the ones this measure applies to (by name); absent or empty = all. */
  municipalities: z.array(ShortText).max(100).optional(),
  /** The lead owner in a municipality where it is another unit than `leadOwnerUnitId`. */
  localOwners: z
    .array(z.object({ municipality: ShortText, unitId: Id }))
    .max(100)
    .optional(),
  /** Set on a measure carried over from the previous plan at revision. */
  carriedFrom: z.object({ planId: Id, measureId: Id, number: z.string().max(20) }).optional(),
});
export type Measure = z.infer<typeof Measure>;
export type MeasureInput = z.input<typeof Measure>;
