import * as z from 'zod';
import { Id, IsoDate, ShortText, Year } from './common';

/** The plan sent out for consultation (høring), with the deadline for answers. */
export const Consultation = z.object({
  sentOn: IsoDate,
  deadline: IsoDate,
  reference: ShortText.default(''),
});
export type Consultation = z.infer<typeof Consultation>;

/** An explicit decision to keep the plan in force past its period without revising it. */
export const Rollover = z.object({
  decidedOn: IsoDate,
  /** The end year before this decision. */
  previousToYear: Year,
  toYear: Year,
  body: ShortText.default(''),
  caseNumber: ShortText.default(''),
});
export type Rollover = z.infer<typeof Rollover>;

/** Revision of the plan has begun; `nextPlan` names the plan that will replace it once it exists. */
export const RevisionStart = z.object({
  startedOn: IsoDate,
  nextPlan: z.object({ id: Id, title: ShortText, path: z.string().max(4000).optional() }).optional(),
});
export type RevisionStart = z.infer<typeof RevisionStart>;

/** What the lifecycle has decided; «in force», «expiring» and «expired» are derived from the dates. */
export const LifecycleRecord = z.object({
  consultation: Consultation.optional(),
  rollovers: z.array(Rollover).max(50).optional(),
  revision: RevisionStart.optional(),
});
export type LifecycleRecord = z.infer<typeof LifecycleRecord>;

/** The municipality's steering documents a plan against domestic violence should be written into. */
export const SteeringDocumentKind = z.enum([
  'planning-strategy',
  'master-plan-community',
  'master-plan-action',
  'economy-plan',
  'public-health-overview',
  'sector-plan-childhood-education',
  'sector-plan-health-care',
  'sector-plan-mental-health-substance',
  'emergency-plan',
  'police-council-agreement',
  'competence-plan',
]);
export type SteeringDocumentKind = z.infer<typeof SteeringDocumentKind>;

export const AnchoringPresence = z.enum(['yes', 'partly', 'no']);
export type AnchoringPresence = z.infer<typeof AnchoringPresence>;

/** Does the topic appear in one steering document, and where (document, year, case number). */
export const SteeringDocumentEntry = z.object({
  kind: SteeringDocumentKind,
  presence: AnchoringPresence.optional(),
  document: ShortText.default(''),
  year: Year.optional(),
  caseNumber: ShortText.default(''),
});
export type SteeringDocumentEntry = z.infer<typeof SteeringDocumentEntry>;

/** A focus-area goal marked as a steering goal (styringsmål), with its code in the action part or economy plan. */
export const SteeringGoal = z.object({
  goalId: Id,
  code: ShortText.default(''),
});
export type SteeringGoal = z.infer<typeof SteeringGoal>;

export const AnchoringMap = z.object({
  documents: z.array(SteeringDocumentEntry).max(SteeringDocumentKind.options.length).default([]),
  steeringGoals: z.array(SteeringGoal).max(1000).default([]),
});
export type AnchoringMap = z.infer<typeof AnchoringMap>;
