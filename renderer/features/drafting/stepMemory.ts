import { type DraftingStep, FIRST_STEP, isDraftingStep } from './steps';

/** The step last shown for each plan, so leaving the steps and coming back resumes where the user was. */
const key = (planId: string) => `planhjulet.draftingStep.${planId}`;

export function rememberedStep(
  planId: string,
  storage: Pick<Storage, 'getItem'> = localStorage,
): DraftingStep {
  try {
    const value = storage.getItem(key(planId));
    return isDraftingStep(value) ? value : FIRST_STEP;
  } catch {
    return FIRST_STEP;
  }
}

export function rememberStep(
  planId: string,
  step: DraftingStep,
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  try {
    storage.setItem(key(planId), step);
  } catch {
    // Storage full or forbidden: the step is then only in the address.
  }
}
