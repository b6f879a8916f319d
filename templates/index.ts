import type { PlanTemplate } from '../core/plan/template';
import type { Language } from '../core/schema/common';
import { type Assessment, assessmentFor } from './assessment';
import { type CatalogueMeasure, catalogueFor } from './catalogue';
import { type FocusAreaTemplate, type FocusAreaTemplateId, focusAreasFor } from './focusAreas';
import { type SectionKind, type SectionTemplate, sectionsFor } from './sections';
import { perLanguage } from './text';
import { type UnitType, type UnitTypeId, unitTypesFor } from './units';
import { type Vocabulary, vocabularyFor } from './vocabulary';
import { type WheelPreset, type WheelPresetId, wheelPresetsFor } from './wheelPresets';

export * from './assessment';
export * from './catalogue';
export * from './focusAreas';
export * from './sections';
export * from './text';
export * from './units';
export * from './vocabulary';
export * from './wheelPresets';

/** Every template in one language: the shape the app shows and copies from. */
export interface Templates {
  catalogue: readonly CatalogueMeasure[];
  focusAreas: readonly FocusAreaTemplate<FocusAreaTemplateId>[];
  sections: readonly SectionTemplate<SectionKind>[];
  assessment: Assessment;
  vocabulary: Vocabulary;
  unitTypes: readonly UnitType<UnitTypeId>[];
  wheelPresets: readonly WheelPreset<WheelPresetId>[];
}

/** The templates with their texts in one language (ids, structure and facts are the same in all). */
export const templatesFor = perLanguage(
  (language: Language): Templates => ({
    catalogue: catalogueFor(language),
    focusAreas: focusAreasFor(language),
    sections: sectionsFor(language),
    assessment: assessmentFor(language),
    vocabulary: vocabularyFor(language),
    unitTypes: unitTypesFor(language),
    wheelPresets: wheelPresetsFor(language),
  }),
);

/**
 * What `createPlan` fills a new plan with, named in the plan's language: the usual units, five focus areas,
 * text sections and wheel presets.
 */
export const planTemplateFor = perLanguage(
  (language: Language): PlanTemplate => ({
    units: unitTypesFor(language),
    focusAreas: focusAreasFor(language),
    sections: sectionsFor(language),
    wheelEvents: wheelPresetsFor(language),
  }),
);

/** The Bokmål plan template, the default for a plan that names no language. */
export const defaultPlanTemplate: PlanTemplate = planTemplateFor('nb');
