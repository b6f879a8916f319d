import { createContext, useContext } from 'react';
import type { TemplatesData } from '../../../contract/methods/drafting';
import type { FindingLink } from './findingLinks';
import type { DraftingStep } from './steps';

/** A request to show a place in a step: focus a field, open a measure, open the catalogue filtered. */
export type FocusRequest = Omit<FindingLink, 'step' | 'purpose'> & { serial: number };

export interface Drafting {
  templates: TemplatesData;
  step: DraftingStep;
  goTo(step: DraftingStep, place?: Omit<FocusRequest, 'serial'>): void;
  /** The place asked for on arriving at this step, until the step has acted on it. */
  focusRequest: FocusRequest | null;
  focusHandled(serial: number): void;
}

export const DraftingContext = createContext<Drafting | null>(null);

export function useDrafting(): Drafting {
  const value = useContext(DraftingContext);
  if (!value) throw new Error('useDrafting must be used inside the drafting page');
  return value;
}
