import type { CatalogueItem } from '../../../../core/catalogue/catalogueItem';

export interface CatalogueQuery {
  search: string;
  /** Focus-area template the item belongs to (`prevention`, …). */
  theme?: string;
  targetGroup?: string;
  violenceForm?: string;
}

const normalise = (text: string) => text.toLocaleLowerCase('nb').normalize('NFC');

/** Catalogue items matching every word of the search (title, description, source) and every filter. */
export function filterCatalogue(items: readonly CatalogueItem[], query: CatalogueQuery): CatalogueItem[] {
  const words = normalise(query.search).split(/\s+/).filter(Boolean);
  return items.filter((item) => {
    if (query.theme && item.focusAreaTemplateId !== query.theme) return false;
    if (query.targetGroup && !item.targetGroups.includes(query.targetGroup)) return false;
    if (query.violenceForm && !item.violenceForms.includes(query.violenceForm)) return false;
    if (words.length === 0) return true;
    const haystack = normalise(`${item.title} ${item.description} ${item.source}`);
    return words.every((word) => haystack.includes(word));
  });
}
