import * as z from 'zod';
import { Id, IsoDate, IsoDateTime, LongText, ShortText } from './common';
import { MeasureStatus } from './status';

export const EvaluationKind = z.enum(['mid-term', 'final']);
export type EvaluationKind = z.infer<typeof EvaluationKind>;

/** Was the measure carried out as planned. */
export const CarriedOut = z.enum(['yes', 'partly', 'no', 'not-started']);
export type CarriedOut = z.infer<typeof CarriedOut>;

/** What the next plan should do with the measure. */
export const MeasureRecommendation = z.enum(['continue', 'ordinary-operation', 'change', 'stop']);
export type MeasureRecommendation = z.infer<typeof MeasureRecommendation>;

/** The recommendation to the council for the plan as a whole. */
export const OverallRecommendation = z.enum(['renew', 'revise', 'continue']);
export type OverallRecommendation = z.infer<typeof OverallRecommendation>;

export const GoalsReached = z.enum(['yes', 'partly', 'no', 'unknown']);
export type GoalsReached = z.infer<typeof GoalsReached>;

export const FeedbackSource = z.enum([
  'elders-council',
  'youth-council',
  'disability-council',
  'partner',
  'user',
  'other',
]);
export type FeedbackSource = z.infer<typeof FeedbackSource>;

/** What the status history says about a measure, taken in when the evaluation is prefilled. */
export const StatusHistoryFacts = z.object({
  lastStatus: MeasureStatus.optional(),
  lastPeriodId: z.string().max(20).optional(),
  lastNarrative: LongText.default(''),
  /** How many reporting periods the measure was reported delayed or at risk. */
  delayedPeriods: z.number().int().min(0).default(0),
  /** The reasons given for delays, changes and stops, oldest first, each once. */
  reasons: z.array(LongText).default([]),
  /** The decisions the measure asked for, oldest first, each once. */
  decisionsAsked: z.array(LongText).default([]),
  reportCount: z.number().int().min(0).default(0),
});
export type StatusHistoryFacts = z.infer<typeof StatusHistoryFacts>;

export const MeasureEvaluation = z.object({
  measureId: Id,
  carriedOut: CarriedOut.optional(),
  result: LongText.default(''),
  recommendation: MeasureRecommendation.optional(),
  why: LongText.default(''),
  history: StatusHistoryFacts.default({
    lastNarrative: '',
    delayedPeriods: 0,
    reasons: [],
    decisionsAsked: [],
    reportCount: 0,
  }),
});
export type MeasureEvaluation = z.infer<typeof MeasureEvaluation>;

/** One indicator of a focus area as the evaluation shows it: baseline, target and the last reported value. */
export const IndicatorReading = z.object({
  indicatorId: Id,
  name: ShortText,
  unit: ShortText.default(''),
  baseline: ShortText.default(''),
  target: ShortText.default(''),
  lastValue: ShortText.default(''),
});
export type IndicatorReading = z.infer<typeof IndicatorReading>;

export const FocusAreaEvaluation = z.object({
  focusAreaId: Id,
  goalsReached: GoalsReached.default('unknown'),
  comment: LongText.default(''),
  indicators: z.array(IndicatorReading).default([]),
});
export type FocusAreaEvaluation = z.infer<typeof FocusAreaEvaluation>;

/** The simple process indicators per unit the research proposes. Free text so «12 av 40» and «30 %» both fit. */
export const ProcessIndicators = z.object({
  unitId: Id,
  staffTrained: ShortText.default(''),
  routines: ShortText.default(''),
  forums: ShortText.default(''),
  individualPlanInUse: z.enum(['yes', 'partly', 'no', 'unknown']).default('unknown'),
  note: ShortText.default(''),
});
export type ProcessIndicators = z.infer<typeof ProcessIndicators>;

export const Feedback = z.object({
  id: Id,
  source: FeedbackSource,
  /** Who said it: «Eldrerådet 12.03.2029», a partner's name … */
  sourceName: ShortText.default(''),
  text: LongText.min(1),
});
export type Feedback = z.infer<typeof Feedback>;

/**
 * An evaluation of the plan (mid-term or final): per measure whether it was carried out, what came of it and what
 * the next plan should do with it; per focus area whether the goals were reached; process indicators per unit;
 * feedback from the councils, partners and users; and the recommendation to the council.
 */
export const Evaluation = z.object({
  id: Id,
  kind: EvaluationKind,
  /** The status history is read up to this day. */
  asOf: IsoDate,
  measures: z.array(MeasureEvaluation).default([]),
  focusAreas: z.array(FocusAreaEvaluation).default([]),
  processIndicators: z.array(ProcessIndicators).default([]),
  feedback: z.array(Feedback).default([]),
  overall: z
    .object({ recommendation: OverallRecommendation.optional(), text: LongText.default('') })
    .default({ text: '' }),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Evaluation = z.infer<typeof Evaluation>;
export type EvaluationInput = z.input<typeof Evaluation>;
