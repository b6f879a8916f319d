import * as z from 'zod';
import { Id, Indicator, LongText, ShortText } from './common';

export const Goal = z.object({
  id: Id,
  text: LongText,
  indicators: z.array(Indicator).default([]),
});
export type Goal = z.infer<typeof Goal>;

/** A focus area (satsingsområde). Its position in `plan.focusAreas` gives its number. */
export const FocusArea = z.object({
  id: Id,
  title: ShortText,
  background: LongText.default(''),
  challenges: LongText.default(''),
  goals: z.array(Goal).default([]),
  templateId: z.string().max(100).optional(),
});
export type FocusArea = z.infer<typeof FocusArea>;
