import { describe, expect, it } from 'vitest';
import { catchments, plansByMunicipality, type ShelfPlan } from './catchment';

const centre = 'Krisesenteret i Fjordregionen IKS';
const shared: ShelfPlan = {
  planId: 'a',
  title: 'Felles plan',
  municipalities: ['Fjordvik kommune', 'Nesøy kommune'],
  crisisCentre: {
    name: centre,
    catchment: ['Fjordvik kommune', 'Nesøy kommune', 'Holmvik kommune', 'Stavnes kommune'],
    duties: [
      { municipality: 'Fjordvik kommune', contact: true, internalControl: true },
      { municipality: 'Nesøy kommune', contact: true, internalControl: false },
    ],
  },
};
const own: ShelfPlan = {
  planId: 'b',
  title: 'Holmviks plan',
  municipalities: ['Holmvik'],
  crisisCentre: {
    name: `${centre} `,
    catchment: ['Holmvik'],
    duties: [{ municipality: 'Holmvik', contact: false, internalControl: true }],
  },
};
const elsewhere: ShelfPlan = {
  planId: 'c',
  title: 'Annen plan',
  municipalities: ['Vik'],
  crisisCentre: null,
};

describe('the library by municipality and by crisis centre', () => {
  it('lists an inter-municipal plan once under each of its municipalities', () => {
    const groups = plansByMunicipality([shared, own, elsewhere]);
    expect(groups.map((g) => [g.municipality, g.plans.map((p) => p.planId)])).toEqual([
      ['Fjordvik kommune', ['a']],
      ['Holmvik', ['b']],
      ['Nesøy kommune', ['a']],
      ['Vik', ['c']],
    ]);
  });

  it('groups plans by the centre they share and shows who lacks a plan, a contact or internal control', () => {
    const [group, ...rest] = catchments([shared, own, elsewhere]);
    expect(rest).toEqual([]);
    expect(group?.crisisCentre).toBe(centre);
    const row = (name: string) => group?.members.find((m) => m.municipality === name);
    expect(row('Stavnes kommune')).toMatchObject({ hasPlan: false, contact: null, internalControl: null });
    expect(row('Nesøy kommune')).toMatchObject({ hasPlan: true, contact: true, internalControl: false });
    // «Holmvik» and «Holmvik kommune» are one municipality.
    expect(group?.members.filter((m) => m.municipality.startsWith('Holmvik'))).toHaveLength(1);
    expect(row('Holmvik kommune')).toMatchObject({ hasPlan: true, plans: ['Holmviks plan'], contact: false });
  });
});
