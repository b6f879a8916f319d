import { newId } from '../ids';
import { addPartnerMunicipality } from '../municipalities/edits';
import { type Plan, Plan as PlanSchema } from '../schema/plan';
import { EMPTY_TEMPLATE, type PlanTemplate } from './template';

// Where most callers of createPlan look for it; it lives with the file format.
export { wrapPlanFile } from '../schema/planFile';

export interface NewPlanInput {
  title: string;
  municipality: string;
  municipalityNumber?: string;
  fromYear: number;
  toYear: number;
  language?: 'nb' | 'nn';
  /** Partner municipalities of an inter-municipal plan; each checked (four-digit number, no duplicates). */
  partners?: readonly { name: string; number?: string | undefined }[];
}

/** A new draft plan, filled from a template (units, focus areas, text sections, annual-wheel presets). */
export function createPlan(input: NewPlanInput, now: Date, template: PlanTemplate = EMPTY_TEMPLATE): Plan {
  const stamp = now.toISOString();
  const plan = PlanSchema.parse({
    id: newId(),
    title: input.title.trim(),
    municipality: {
      name: input.municipality.trim(),
      ...(input.municipalityNumber ? { number: input.municipalityNumber } : {}),
    },
    period: { fromYear: input.fromYear, toYear: input.toYear },
    language: input.language ?? 'nb',
    units: template.units.map((u) => ({ id: newId(), name: u.name, kind: u.kind, typeId: u.typeId })),
    focusAreas: template.focusAreas.map((f) => ({ id: newId(), title: f.title, templateId: f.templateId })),
    sections: template.sections.map((s) => ({ id: newId(), kind: s.kind, title: s.title, body: [] })),
    wheelEvents: template.wheelEvents.map((e) => ({
      id: newId(),
      presetId: e.presetId,
      title: e.title,
      ring: e.ring,
      rule: e.rule,
      note: e.note ?? '',
    })),
    createdAt: stamp,
    updatedAt: stamp,
  });
  return (input.partners ?? []).reduce(
    (withPartners, partner) =>
      addPartnerMunicipality(withPartners, {
        name: partner.name,
        ...(partner.number ? { number: partner.number } : {}),
      }),
    plan,
  );
}
