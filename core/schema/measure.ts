import * as z from 'zod';
import { EmailAddress, Id, Indicator, IsoDate, LongText, ShortText, Year } from './common';

/** How a measure is paid for. `earmarked` is money set aside in the budget (schema 1 called it `new-money`). */
export const FundingKind = z.enum(['within-budget', 'earmarked', 'grant', 'not-settled']);
export type FundingKind = z.infer<typeof FundingKind>;

export const GrantScheme = z.enum(['tryggest', 'bti', 'bufdir', 'helsedirektoratet', 'other']);
export type GrantScheme = z.infer<typeof GrantScheme>;

/** What was decided about the work once the grant ends. */
export const GrantDecisionOutcome = z.enum(['ordinary-operation', 'new-grant', 'end']);
export type GrantDecisionOutcome = z.infer<typeof GrantDecisionOutcome>;

const Nok = z.number().nonnegative().max(1e12);

export const GrantDecision = z.object({
  outcome: GrantDecisionOutcome,
  date: IsoDate.optional(),
  note: ShortText.default(''),
});
export type GrantDecision = z.infer<typeof GrantDecision>;

/** A grant that pays for a measure for a time: the scheme, how much a year, from when to when. */
export const GrantFields = z.object({
  scheme: GrantScheme,
  /** The scheme's name when it is `other`, or a more precise name (e.g. the grant's own title). */
  schemeName: ShortText.default(''),
  amountPerYearNok: Nok.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  nextApplicationDeadline: IsoDate.optional(),
  /** The decision on ordinary operation (or a new grant, or ending the work) once it is made. */
  decision: GrantDecision.optional(),
});
export const Grant = GrantFields.refine((g) => !g.from || !g.to || g.from <= g.to, {
  message: 'Tilskuddet slutter før det begynner',
  path: ['to'],
});
export type Grant = z.infer<typeof Grant>;

export const Resources = z.object({
  funding: FundingKind.optional(),
  amountNok: Nok.optional(),
  note: ShortText.default(''),
  /** Only meaningful when `funding` is `grant`; kept if the kind changes so nothing typed is lost. */
  grant: Grant.optional(),
});
export type Resources = z.infer<typeof Resources>;

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
  /** The contact person's e-mail address: reminders go there when the owner unit has none. */
  contactEmail: EmailAddress.optional(),
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
  carriedFrom: z
    .object({
      planId: Id,
      measureId: Id,
      number: z.string().max(20),
      /** When the revision followed an evaluation: what it recommended and why (schema 2). */
      recommendation: z.enum(['continue', 'change']).optional(),
      why: LongText.optional(),
    })
    .optional(),
});
export type Measure = z.infer<typeof Measure>;
export type MeasureInput = z.input<typeof Measure>;
