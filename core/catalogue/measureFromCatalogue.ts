import { newId as randomId } from '../ids';
import type { MeasureChanges } from '../plan/measures';
import type { Plan } from '../schema/plan';
import type { CatalogueItem, LegalReferenceLabel } from './catalogueItem';

export interface MeasureFromCatalogue {
  /** The plan's focus area made from the item's focus-area template, if the plan has one. */
  focusAreaId?: string;
  /** Fields for `addMeasure(plan, { focusAreaId, ...fields })`. */
  fields: { title: string } & MeasureChanges;
}

/**
 * Turns a catalogue item into the fields of a new measure: texts copied as a starting point, the suggested
 * owner and partners mapped to the plan's units of that type (when the plan has them), legal references as
 * the labels plans cite, and the catalogue id kept as the link to the national basis. Recurring items run
 * over the whole plan period. Pure apart from the indicator's new id.
 */
export function measureFromCatalogue(
  item: CatalogueItem,
  plan: Pick<Plan, 'units' | 'focusAreas' | 'period'>,
  legalReferences: readonly LegalReferenceLabel[],
  newId: () => string = randomId,
): MeasureFromCatalogue {
  const unitOfType = (typeId: string) => plan.units.find((u) => u.typeId === typeId)?.id;
  const owner = unitOfType(item.suggestedOwnerTypeId);
  const partners = [
    ...new Set(
      item.suggestedPartnerTypeIds
        .map(unitOfType)
        .filter((id): id is string => id !== undefined && id !== owner),
    ),
  ];
  const legalBasis = item.legalBasis.map((id) => legalReferences.find((r) => r.id === id)?.label ?? id);
  const focusAreaId = plan.focusAreas.find((f) => f.templateId === item.focusAreaTemplateId)?.id;
  const indicator = item.indicatorSuggestion?.trim();
  return {
    ...(focusAreaId ? { focusAreaId } : {}),
    fields: {
      title: item.title,
      description: item.description,
      ...(owner ? { leadOwnerUnitId: owner } : {}),
      partnerUnitIds: partners,
      targetGroups: [...item.targetGroups],
      violenceForms: [...item.violenceForms],
      recurring: item.recurring,
      legalBasis,
      nationalLink: item.source,
      catalogueId: item.id,
      indicators: indicator
        ? [{ id: newId(), name: indicator, unit: '', baseline: '', target: '', source: '' }]
        : [],
      ...(item.recurring ? { period: { from: plan.period.fromYear, to: plan.period.toYear } } : {}),
    },
  };
}
