import type { Language } from '../core/schema/common';
import { COMPETENCE_MEASURES } from './catalogue/competence';
import { COOPERATION_MEASURES } from './catalogue/cooperation';
import { DETECTION_MEASURES } from './catalogue/detection';
import { HELP_PROTECTION_MEASURES } from './catalogue/helpProtection';
import type { CatalogueMeasure, CatalogueMeasureSource } from './catalogue/measure';
import { PREVENTION_MEASURES } from './catalogue/prevention';
import { perLanguage } from './text';

export type { CatalogueMeasure, CatalogueMeasureSource } from './catalogue/measure';

/** The measure catalogue (tiltaksbank) with every text in all languages, in focus-area order. */
export const CATALOGUE_SOURCES: readonly CatalogueMeasureSource[] = [
  ...HELP_PROTECTION_MEASURES,
  ...PREVENTION_MEASURES,
  ...DETECTION_MEASURES,
  ...COOPERATION_MEASURES,
  ...COMPETENCE_MEASURES,
];

/** The catalogue in one language. */
export const catalogueFor = perLanguage((language: Language): readonly CatalogueMeasure[] =>
  CATALOGUE_SOURCES.map(({ title, description, source, indicatorSuggestion, ...facts }) => ({
    ...facts,
    title: title[language],
    description: description[language],
    source: source[language],
    ...(indicatorSuggestion ? { indicatorSuggestion: indicatorSuggestion[language] } : {}),
  })),
);
