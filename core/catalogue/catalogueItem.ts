import * as z from 'zod';

/**
 * A measure catalogue (tiltaksbank) item as data. The catalogue itself lives in `templates/`; core only knows
 * its shape, so the renderer and the backend can turn an item into a measure without importing templates.
 */
export const CatalogueItem = z.object({
  id: z.string(),
  focusAreaTemplateId: z.string(),
  title: z.string(),
  description: z.string(),
  suggestedOwnerTypeId: z.string(),
  suggestedPartnerTypeIds: z.array(z.string()),
  targetGroups: z.array(z.string()),
  violenceForms: z.array(z.string()),
  recurring: z.boolean(),
  /** Ids of legal references; `measureFromCatalogue` turns them into text labels. */
  legalBasis: z.array(z.string()),
  source: z.string(),
  indicatorSuggestion: z.string().optional(),
});
export type CatalogueItem = z.infer<typeof CatalogueItem>;

/** A legal reference with the label plans cite it by («Krisesenterloven § 4»). */
export const LegalReferenceLabel = z.object({ id: z.string(), label: z.string() });
export type LegalReferenceLabel = z.infer<typeof LegalReferenceLabel>;
