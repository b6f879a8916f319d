import { COMPETENCE_MEASURES } from './catalogue/competence';
import { COOPERATION_MEASURES } from './catalogue/cooperation';
import { DETECTION_MEASURES } from './catalogue/detection';
import { HELP_PROTECTION_MEASURES } from './catalogue/helpProtection';
import type { CatalogueMeasure } from './catalogue/measure';
import { PREVENTION_MEASURES } from './catalogue/prevention';

export type { CatalogueMeasure } from './catalogue/measure';

/** The measure catalogue (tiltaksbank), in focus-area order. */
export const MEASURE_CATALOGUE: readonly CatalogueMeasure[] = [
  ...HELP_PROTECTION_MEASURES,
  ...PREVENTION_MEASURES,
  ...DETECTION_MEASURES,
  ...COOPERATION_MEASURES,
  ...COMPETENCE_MEASURES,
];

export function findCatalogueMeasure(id: string): CatalogueMeasure | undefined {
  return MEASURE_CATALOGUE.find((m) => m.id === id);
}

export function catalogueForFocusArea(focusAreaTemplateId: string): CatalogueMeasure[] {
  return MEASURE_CATALOGUE.filter((m) => m.focusAreaTemplateId === focusAreaTemplateId);
}
