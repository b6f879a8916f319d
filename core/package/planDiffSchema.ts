import * as z from 'zod';

/**
 * The shape of a plan comparison, as zod so it can cross the API to the change preview. Values are readable
 * text (units and focus areas by name); fields are keys the UI translates.
 */
export const MeasureField = z.enum([
  'title',
  'description',
  'focusArea',
  'number',
  'leadOwner',
  'contactPerson',
  'partners',
  'start',
  'deadline',
  'period',
  'recurring',
  'targetGroups',
  'violenceForms',
  'legalBasis',
  'nationalLink',
  'resources',
  'indicators',
  'milestones',
]);
export type MeasureField = z.infer<typeof MeasureField>;

export const FocusAreaField = z.enum(['title', 'background', 'challenges', 'goals']);
export type FocusAreaField = z.infer<typeof FocusAreaField>;

export const UnitField = z.enum(['name', 'kind']);
export type UnitField = z.infer<typeof UnitField>;

export const PlanField = z.enum([
  'title',
  'municipality',
  'partnerMunicipalities',
  'period',
  'lifecycle',
  'adoption',
  'coordinator',
  'mandate',
  'sections',
  'reportingScheme',
  'wheelEvents',
  /** Working group, self-assessment, KOSTRA facts, anchoring and language, compared as one. */
  'other',
]);
export type PlanField = z.infer<typeof PlanField>;

const fieldChange = <F extends z.ZodType<string>>(field: F) =>
  z.object({ field, before: z.string(), after: z.string() });

export type FieldChange<F extends string = string> = { field: F; before: string; after: string };

export const MeasureRef = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  focusArea: z.string(),
});
export type MeasureRef = z.infer<typeof MeasureRef>;

export const NamedRef = z.object({ id: z.string(), name: z.string() });
export type NamedRef = z.infer<typeof NamedRef>;

const changeSet = <R extends z.ZodType, F extends z.ZodType<string>>(ref: R, field: F) =>
  z.object({
    added: z.array(ref),
    removed: z.array(ref),
    edited: z.array(z.object({ item: ref, changes: z.array(fieldChange(field)) })),
  });

export interface ChangeSet<R, F extends string> {
  added: R[];
  removed: R[];
  edited: { item: R; changes: FieldChange<F>[] }[];
}

const Counts = z.object({ added: z.number().int(), removed: z.number().int() });

export const PlanDiff = z.object({
  plan: z.array(fieldChange(PlanField)),
  focusAreas: changeSet(NamedRef, FocusAreaField),
  measures: changeSet(MeasureRef, MeasureField),
  units: changeSet(NamedRef, UnitField),
  statusUpdates: Counts,
  workshopIdeas: Counts,
  /** True when nothing a reader would notice differs (the timestamps may). */
  unchanged: z.boolean(),
});
export type PlanDiff = z.infer<typeof PlanDiff>;
