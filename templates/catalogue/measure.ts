import type { FocusAreaTemplateId } from '../focusAreas';
import type { Text } from '../text';
import type { UnitTypeId } from '../units';
import type { LegalReferenceId, TargetGroupId, ViolenceFormId } from '../vocabulary';

/**
 * One measure in the catalogue (tiltaksbank), in one language. Picking it copies the texts into the plan as a
 * starting point; `id` stays on the plan's measure as `catalogueId`, so the link to the national basis is kept.
 * Empty `violenceForms` means the measure is not tied to particular forms of violence.
 */
export interface CatalogueMeasure {
  /** Stable slug; never renamed, because plans refer to it. */
  id: string;
  focusAreaTemplateId: FocusAreaTemplateId;
  title: string;
  description: string;
  suggestedOwnerTypeId: UnitTypeId;
  suggestedPartnerTypeIds: UnitTypeId[];
  targetGroups: TargetGroupId[];
  violenceForms: ViolenceFormId[];
  recurring: boolean;
  /** Ids of legal references; cite them with `legalReferenceLabel`. */
  legalBasis: LegalReferenceId[];
  /** Short reference to the national basis (national action plan measure, guide, study). */
  source: string;
  indicatorSuggestion?: string;
}

/** A catalogue measure with each of its texts in every language; ids and facts are written once. */
export type CatalogueMeasureSource = Omit<
  CatalogueMeasure,
  'title' | 'description' | 'source' | 'indicatorSuggestion'
> & {
  title: Text;
  description: Text;
  source: Text;
  indicatorSuggestion?: Text;
};
