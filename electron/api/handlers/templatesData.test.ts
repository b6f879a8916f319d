import { describe, expect, it } from 'vitest';
import { TemplatesData } from '../../../contract/methods/drafting';
import { measureFromCatalogue } from '../../../core/catalogue/measureFromCatalogue';
import { createPlan } from '../../../core/plan/create';
import { addMeasure } from '../../../core/plan/measures';
import { titleHasVerb } from '../../../core/quality/verbs';
import { Plan } from '../../../core/schema/plan';
import { defaultPlanTemplate } from '../../../templates';
import { templatesData } from './templatesData';

describe('templates.get data', () => {
  it('matches its contract schema and holds the whole catalogue', () => {
    expect(TemplatesData.parse(templatesData)).toEqual(templatesData);
    expect(templatesData.catalogue.length).toBeGreaterThanOrEqual(35);
    expect(templatesData.focusAreas).toHaveLength(5);
    expect(templatesData.assessment.items.length).toBeGreaterThan(20);
  });

  it('knows every target group and violence form the quality check requires', () => {
    const groups = templatesData.vocabulary.targetGroups.map((g) => g.id);
    const forms = templatesData.vocabulary.violenceForms.map((f) => f.id);
    expect(groups).toEqual(expect.arrayContaining(templatesData.requiredCoverage.targetGroups));
    expect(forms).toEqual(expect.arrayContaining(templatesData.requiredCoverage.violenceForms));
    const assessed = templatesData.assessment.items.map((i) => i.targetGroupId ?? i.violenceFormId);
    expect(assessed).toEqual(expect.arrayContaining([...groups, ...forms]));
  });

  it('has catalogue titles the vague-title rule accepts', () => {
    expect(templatesData.catalogue.filter((m) => !titleHasVerb(m.title)).map((m) => m.title)).toEqual([]);
  });

  it('turns every catalogue item into a valid, owned measure of a plan made from the default template', () => {
    let plan = createPlan(
      { title: 'Plan', municipality: 'Vik', fromYear: 2026, toYear: 2029 },
      new Date('2026-01-05T08:00:00Z'),
      defaultPlanTemplate,
    );
    for (const item of templatesData.catalogue) {
      const { focusAreaId, fields } = measureFromCatalogue(
        item,
        plan,
        templatesData.vocabulary.legalReferences,
      );
      expect(focusAreaId, item.id).toBeDefined();
      expect(fields.leadOwnerUnitId, item.id).toBeDefined();
      for (const label of fields.legalBasis ?? []) expect(label, item.id).toMatch(/^[A-ZÆØÅ]/);
      plan = addMeasure(plan, { focusAreaId: focusAreaId!, ...fields }).plan;
    }
    expect(Plan.safeParse(plan).success).toBe(true);
  });
});
