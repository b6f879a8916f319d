/** The guided drafting steps, in order. The id is the last part of the route: `#/plan/drafting/<id>`. */
export const DRAFTING_STEPS = [
  'start',
  'group',
  'assessment',
  'focus-areas',
  'measures',
  'text',
  'check',
] as const;

export type DraftingStep = (typeof DRAFTING_STEPS)[number];

export const FIRST_STEP: DraftingStep = 'start';

export function isDraftingStep(value: string | null | undefined): value is DraftingStep {
  return (DRAFTING_STEPS as readonly string[]).includes(value ?? '');
}

/** The i18n key part of a step (`focus-areas` → `focusAreas`). */
export function stepKey(
  step: DraftingStep,
): 'start' | 'group' | 'assessment' | 'focusAreas' | 'measures' | 'text' | 'check' {
  return step === 'focus-areas' ? 'focusAreas' : step;
}

export function neighbourSteps(step: DraftingStep): {
  previous: DraftingStep | null;
  next: DraftingStep | null;
} {
  const index = DRAFTING_STEPS.indexOf(step);
  return {
    previous: index > 0 ? (DRAFTING_STEPS[index - 1] ?? null) : null,
    next: DRAFTING_STEPS[index + 1] ?? null,
  };
}
