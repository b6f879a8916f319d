import { describe, expect, it } from 'vitest';
import { createPlan } from '../plan/create';
import { addMeasure } from '../plan/measures';
import { renameUnit } from '../plan/units';
import { Plan } from '../schema/plan';
import type { CatalogueItem } from './catalogueItem';
import { measureFromCatalogue } from './measureFromCatalogue';

const item: CatalogueItem = {
  id: 'perpetrator-referral',
  focusAreaTemplateId: 'prevention',
  title: 'Etabler henvisningsrutiner til ATV og familievernet',
  description: 'Psykisk helse og rus lager en rutine for henvisning.',
  suggestedOwnerTypeId: 'psykisk-helse-rus',
  suggestedPartnerTypeIds: ['atv', 'familievern', 'politi', 'psykisk-helse-rus'],
  targetGroups: ['perpetrators'],
  violenceForms: [],
  recurring: false,
  legalBasis: ['helse-omsorgstjenesteloven-3-3a', 'unknown-law'],
  source: 'Nasjonal handlingsplan 2014–2017, tiltak 27',
  indicatorSuggestion: 'Antall henvisninger per år',
};

const legalReferences = [
  { id: 'helse-omsorgstjenesteloven-3-3a', label: 'Helse- og omsorgstjenesteloven § 3-3 a' },
];

function planWithUnits() {
  return createPlan(
    { title: 'Plan', municipality: 'Vik', fromYear: 2026, toYear: 2029 },
    new Date('2026-01-05'),
    {
      units: [
        { typeId: 'psykisk-helse-rus', name: 'Psykisk helse og rus', kind: 'municipal' },
        { typeId: 'familievern', name: 'Familievernkontoret', kind: 'state' },
        { typeId: 'politi', name: 'Politiet', kind: 'state' },
      ],
      focusAreas: [
        { templateId: 'help-protection', title: 'Hjelp' },
        { templateId: 'prevention', title: 'Forebygging' },
      ],
      sections: [],
      wheelEvents: [],
    },
  );
}

describe('measureFromCatalogue', () => {
  it('maps owner and partners to the plan’s units by type, even after a rename', () => {
    let plan = planWithUnits();
    const owner = plan.units[0]!;
    plan = renameUnit(plan, owner.id, 'Rus og psykiatri Vik', '2026-02-01');
    const { focusAreaId, fields } = measureFromCatalogue(item, plan, legalReferences, () => 'ind-1');
    expect(focusAreaId).toBe(plan.focusAreas[1]!.id);
    expect(fields.leadOwnerUnitId).toBe(owner.id);
    // ATV is not in the plan; the owner is not repeated as a partner.
    expect(fields.partnerUnitIds).toEqual([plan.units[1]!.id, plan.units[2]!.id]);
  });

  it('turns legal references into labels and keeps the link to the catalogue', () => {
    const { fields } = measureFromCatalogue(item, planWithUnits(), legalReferences, () => 'ind-1');
    expect(fields).toMatchObject({
      title: item.title,
      description: item.description,
      legalBasis: ['Helse- og omsorgstjenesteloven § 3-3 a', 'unknown-law'],
      nationalLink: item.source,
      catalogueId: 'perpetrator-referral',
      targetGroups: ['perpetrators'],
      recurring: false,
      indicators: [{ id: 'ind-1', name: 'Antall henvisninger per år' }],
    });
    expect(fields.period).toBeUndefined();
  });

  it('leaves the owner empty when the plan has no unit of that type, and spans a recurring item over the plan', () => {
    const plan = { ...planWithUnits(), units: [], focusAreas: [] };
    const result = measureFromCatalogue(
      { ...item, recurring: true, indicatorSuggestion: undefined },
      plan,
      [],
    );
    expect(result.focusAreaId).toBeUndefined();
    expect(result.fields.leadOwnerUnitId).toBeUndefined();
    expect(result.fields.partnerUnitIds).toEqual([]);
    expect(result.fields.indicators).toEqual([]);
    expect(result.fields.period).toEqual({ from: 2026, to: 2029 });
  });

  it('gives fields that make a valid measure in the plan', () => {
    const plan = planWithUnits();
    const { focusAreaId, fields } = measureFromCatalogue(item, plan, legalReferences);
    const added = addMeasure(plan, { focusAreaId: focusAreaId!, ...fields });
    expect(Plan.safeParse(added.plan).success).toBe(true);
    expect(added.measure.indicators[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
