import { type Plan, type PlanInput, Plan as PlanSchema } from '../../core/schema/plan';
import { realisticPlanInput } from './realisticPlan';

/**
 * The realistic plan as an inter-municipal company's (IKS) plan: Fjordvik hosts the crisis centre, four partner
 * municipalities buy it. Fictional names and numbers. Each municipality has its own NAV office and child welfare
 * service (Fjordvik's are the fixture's own), the crisis centre and the police are shared; a few measures apply
 * to one municipality only; wheel events for each council's meeting.
 */
export const HOST = 'Fjordvik kommune';
export const PARTNERS = ['Nesøy kommune', 'Holmvik kommune', 'Stavnes kommune', 'Lundøy kommune'] as const;

const OWN_UNITS: Record<(typeof PARTNERS)[number], string> = {
  'Nesøy kommune': 'nesoy',
  'Holmvik kommune': 'holmvik',
  'Stavnes kommune': 'stavnes',
  'Lundøy kommune': 'lundoy',
};

export function interMunicipalPlanInput(): PlanInput {
  const base = realisticPlanInput();
  const hostOwned = new Set(['u-nav', 'u-bv', 'u-hs', 'u-skole', 'u-bhg', 'u-komm', 'u-koord']);
  const units = (base.units ?? []).map((u) => (hostOwned.has(u.id) ? { ...u, municipality: HOST } : u));
  for (const partner of PARTNERS) {
    const key = OWN_UNITS[partner];
    const place = partner.replace(' kommune', '');
    units.push(
      { id: `u-nav-${key}`, name: `NAV ${place}`, kind: 'municipal', municipality: partner },
      { id: `u-bv-${key}`, name: `Barneverntjenesten i ${place}`, kind: 'municipal', municipality: partner },
    );
  }
  const localOwners = (prefix: string) =>
    PARTNERS.map((partner) => ({ municipality: partner, unitId: `${prefix}-${OWN_UNITS[partner]}` }));
  const measures = (base.measures ?? []).map((m) => {
    if (m.leadOwnerUnitId === 'u-nav') return { ...m, localOwners: localOwners('u-nav') };
    if (m.leadOwnerUnitId === 'u-bv') return { ...m, localOwners: localOwners('u-bv') };
    // Only the host runs ICDP in its kindergartens, only Nesøy its own campaign week.
    if (m.id === 'm-2-1') return { ...m, municipalities: [HOST] };
    if (m.id === 'm-2-3') return { ...m, municipalities: ['Nesøy kommune'] };
    return m;
  });
  const councilMeetings = [HOST, ...PARTNERS].map((name, i) => ({
    id: `w-council-${i}`,
    title: `Kommunestyremøte i ${name.replace(' kommune', '')}`,
    ring: 'political' as const,
    rule: { kind: 'fixed' as const, month: 6, day: 10 + i },
    municipality: name,
  }));
  return {
    ...base,
    id: 'plan-fjordregionen-2026',
    title: 'Felles handlingsplan mot vold i nære relasjoner i Fjordregionen',
    municipality: { name: HOST, number: '1899', council: 'Kommunestyret i Fjordvik' },
    partnerMunicipalities: [
      { name: 'Nesøy kommune', number: '1898', council: 'Kommunestyret i Nesøy' },
      { name: 'Holmvik kommune', number: '1897' },
      { name: 'Stavnes kommune', number: '1896' },
      { name: 'Lundøy kommune', number: '1895', samiArea: true },
    ],
    units,
    measures,
    wheelEvents: [...(base.wheelEvents ?? []), ...councilMeetings],
    crisisCentre: {
      name: 'Krisesenteret i Fjordregionen IKS',
      unitId: 'u-ks',
      arrangement: 'iks-host',
      hostMunicipality: HOST,
      municipalities: [
        {
          municipality: HOST,
          travelMinutes: 10,
          contactPerson: 'Kari Vik',
          lastInternalControl: '2026-11-02',
          webInformation: true,
        },
        {
          municipality: 'Nesøy kommune',
          travelMinutes: 55,
          contactPerson: 'Per Holm',
          lastInternalControl: '2026-10-15',
          webInformation: true,
        },
        { municipality: 'Holmvik kommune', travelMinutes: 80, contactPerson: '', webInformation: false },
        {
          municipality: 'Stavnes kommune',
          travelMinutes: 40,
          contactPerson: 'Siri Dahl',
          webInformation: true,
        },
      ],
      staffedAroundTheClock: { women: true, men: false },
      menServiceLocation: 'i en egen leilighet ved krisesenteret',
      universalDesign: true,
      interpreter: { spokenLanguages: true, signLanguage: false, deafblind: null },
      familyUnits: 3,
      agreements: [{ id: 'ag-bv', title: 'Samarbeidsavtale med barneverntjenesten', signedOn: '2025-05-01' }],
      lastInternalControl: '2026-11-02',
      lastSupervision: {
        date: '2025-09-18',
        by: 'Statsforvalteren i Fjordland',
        findings: [
          {
            id: 'sf-1',
            text: 'Informasjonen på nettet nevnte ikke tilbudet til menn.',
            duty: 'section-2',
            followUp: 'Nettsidene er rettet i alle kommunene.',
            closedOn: '2026-01-20',
          },
          {
            id: 'sf-2',
            text: 'Ingen rutine for oppfølging etter opphold for barn.',
            duty: 'section-4',
            followUp: 'Rutine under arbeid (tiltak 4.3).',
          },
        ],
      },
      costPerInhabitantNok: 310,
    },
    cooperation: {
      reviewedOn: '2026-09-01',
      cells: [
        { service: 'child-welfare', group: 'children', level: 'written' },
        { service: 'child-welfare', group: 'adults', level: 'routine' },
        { service: 'nav', group: 'adults', level: 'case-by-case' },
        { service: 'police', group: 'adults', level: 'case-by-case' },
        { service: 'housing', group: 'adults', level: 'none' },
        { service: 'school-kindergarten', group: 'children', level: 'case-by-case' },
      ],
    },
    internalControlLog: [
      { id: 'ic-1', date: '2026-03-10', text: 'Årlig møte mellom krisesenteret og alle eierkommunene' },
      {
        id: 'ic-2',
        date: '2026-10-15',
        municipality: 'Nesøy kommune',
        text: 'Internkontroll i Nesøy: rutiner gått gjennom',
      },
      {
        id: 'ic-3',
        date: '2026-11-02',
        municipality: HOST,
        text: 'Internkontroll i Fjordvik: avvik i nettinformasjon lukket',
      },
    ],
  };
}

export function interMunicipalPlan(): Plan {
  return PlanSchema.parse(interMunicipalPlanInput());
}
