import { describe, expect, it } from 'vitest';
import type { CatalogueItem } from '../../../../core/catalogue/catalogueItem';
import { filterCatalogue } from './filterCatalogue';

const item = (id: string, fields: Partial<CatalogueItem>): CatalogueItem => ({
  id,
  focusAreaTemplateId: 'prevention',
  title: '',
  description: '',
  suggestedOwnerTypeId: 'voldskoordinator',
  suggestedPartnerTypeIds: [],
  targetGroups: [],
  violenceForms: [],
  recurring: false,
  legalBasis: [],
  source: '',
  ...fields,
});

const items = [
  item('a', { title: 'Tilby ICDP-foreldreveiledning', targetGroups: ['minorities'] }),
  item('b', {
    title: 'Etablere konsultasjonsteam',
    description: 'Anonym drøfting av saker',
    focusAreaTemplateId: 'cooperation',
    violenceForms: ['psychological'],
  }),
  item('c', { title: 'Gi eldre et tilbud', targetGroups: ['older-people'], source: 'TryggEst' }),
];

describe('filterCatalogue', () => {
  it('finds items by every word of the search, in any letter case', () => {
    expect(filterCatalogue(items, { search: 'ANONYM saker' }).map((i) => i.id)).toEqual(['b']);
    expect(filterCatalogue(items, { search: 'tryggest' }).map((i) => i.id)).toEqual(['c']);
    expect(filterCatalogue(items, { search: '  ' })).toHaveLength(3);
  });

  it('narrows by theme, target group and form of violence', () => {
    expect(filterCatalogue(items, { search: '', theme: 'cooperation' }).map((i) => i.id)).toEqual(['b']);
    expect(filterCatalogue(items, { search: '', targetGroup: 'older-people' }).map((i) => i.id)).toEqual([
      'c',
    ]);
    expect(filterCatalogue(items, { search: '', violenceForm: 'psychological' }).map((i) => i.id)).toEqual([
      'b',
    ]);
    expect(filterCatalogue(items, { search: 'tilbud', targetGroup: 'minorities' })).toEqual([]);
  });
});
