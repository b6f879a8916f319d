import { createContext, useContext } from 'react';
import type { TemplatesData } from '../../../contract/methods/drafting';
import type { FindingLink } from './findingLinks';
import type { DraftingStep } from './steps';

/** A request to show a place in a step: focus a field, open a measure, open the catalogue filtered. */
export type FocusRequest = Omit<FindingLink, 'step' | 'purpose'> & { serial: number };

export interface Drafting {
  /** The templates in the UI language: guidance, checklist, catalogue and labels as the user reads them. */
  templates: TemplatesData;
  /**
   * The templates in the plan's language, for what is copied into the plan (a catalogue measure, a template
   * focus area, legal references), so a Nynorsk plan gets Nynorsk text whatever language the UI is in.
   */
  planTemplates: TemplatesData;
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
