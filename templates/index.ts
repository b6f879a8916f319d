import type { PlanTemplate } from '../core/plan/template';
import { FOCUS_AREA_TEMPLATES } from './focusAreas';
import { SECTION_TEMPLATES } from './sections';
import { UNIT_TYPES } from './units';
import { WHEEL_PRESETS } from './wheelPresets';

export * from './assessment';
export * from './catalogue';
export * from './focusAreas';
export * from './sections';
export * from './units';
export * from './vocabulary';
export * from './wheelPresets';

/** What `createPlan` fills a new plan with: the usual units, five focus areas, text sections and wheel presets. */
export const defaultPlanTemplate: PlanTemplate = {
  units: UNIT_TYPES,
  focusAreas: FOCUS_AREA_TEMPLATES,
  sections: SECTION_TEMPLATES,
  wheelEvents: WHEEL_PRESETS,
};
