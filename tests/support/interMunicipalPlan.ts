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
  };
}

export function interMunicipalPlan(): Plan {
  return PlanSchema.parse(interMunicipalPlanInput());
}
