import { describe, expect, it } from 'vitest';
import { HOST, interMunicipalPlan, PARTNERS } from '../../tests/support/interMunicipalPlan';
import { realisticPlan } from '../../tests/support/realisticPlan';
import { findMunicipality, requireMunicipality } from './municipalities';
import { formUnitIdsFor, measuresFor, ownersFor, planForMunicipality } from './scope';

const plan = interMunicipalPlan();
const nesoy = requireMunicipality(plan, 'Nesøy');
const host = requireMunicipality(plan, HOST);

describe('municipalities of a plan', () => {
  it('finds a municipality by name with or without «kommune», in any case, or by number', () => {
    expect(findMunicipality(plan, 'nesøy')?.name).toBe('Nesøy kommune');
    expect(findMunicipality(plan, 'Nesøy kommune')?.number).toBe('1898');
    expect(findMunicipality(plan, '1895')?.name).toBe('Lundøy kommune');
    expect(findMunicipality(plan, 'Bodø')).toBeUndefined();
  });

  it('refuses an unknown municipality and names the known ones', () => {
    expect(() => requireMunicipality(plan, 'Bodø')).toThrow(/Fjordvik kommune, Nesøy kommune, Holmvik/);
  });
});

describe('scoping to one municipality', () => {
  it('keeps the measures for all and those listed for it, and leaves out the others', () => {
    const ids = measuresFor(plan, nesoy).map((m) => m.id);
    expect(ids).toContain('m-2-3'); // Nesøy's own
    expect(ids).not.toContain('m-2-1'); // the host's own
    expect(ids).toContain('m-4-1'); // shared
    expect(measuresFor(plan, host).map((m) => m.id)).toContain('m-2-1');
    expect(measuresFor(plan, host).map((m) => m.id)).not.toContain('m-2-3');
  });

  it('gives each municipality its own lead owner where one is named', () => {
    const inNesoy = measuresFor(plan, nesoy).find((m) => m.id === 'm-3-4');
    const inHost = measuresFor(plan, host).find((m) => m.id === 'm-3-4');
    expect(inNesoy?.leadOwnerUnitId).toBe('u-nav-nesoy');
    expect(inHost?.leadOwnerUnitId).toBe('u-nav');
  });

  it('lists the owners in a municipality', () => {
    const owners = ownersFor(plan, nesoy).map((u) => u.id);
    expect(owners).toContain('u-nav-nesoy');
    expect(owners).toContain('u-bv-nesoy');
    expect(owners).not.toContain('u-nav');
    expect(owners).not.toContain('u-nav-holmvik');
  });

  it('sends each municipality only its own units’ forms, and the shared units’ forms with the host', () => {
    const nesoyForms = formUnitIdsFor(plan, nesoy);
    expect(nesoyForms).toEqual(expect.arrayContaining(['u-nav-nesoy', 'u-bv-nesoy']));
    expect(nesoyForms).not.toContain('u-ks'); // the shared crisis centre reports once, with the host
    expect(nesoyForms).not.toContain('u-nav');
    const hostForms = formUnitIdsFor(plan, host);
    expect(hostForms).toEqual(expect.arrayContaining(['u-nav', 'u-ks']));
    expect(hostForms).not.toContain('u-nav-nesoy');
    // Every measure of the plan is asked for by some municipality.
    const all = new Set(
      [host, ...PARTNERS.map((p) => requireMunicipality(plan, p))].flatMap((m) => formUnitIdsFor(plan, m)),
    );
    for (const measure of plan.measures) expect(all.has(measure.leadOwnerUnitId ?? null)).toBe(true);
  });

  it('makes the plan as one council sees it, with its own meetings and its own council', () => {
    const scoped = planForMunicipality(plan, 'Nesøy');
    expect(scoped.municipality.name).toBe('Nesøy kommune');
    expect(scoped.reportingScheme.meetingBody).toBe('Kommunestyret i Nesøy');
    expect(scoped.wheelEvents.map((e) => e.title)).toContain('Kommunestyremøte i Nesøy');
    expect(scoped.wheelEvents.map((e) => e.title)).not.toContain('Kommunestyremøte i Holmvik');
    expect(scoped.statusUpdates.every((u) => scoped.measures.some((m) => m.id === u.measureId))).toBe(true);
    expect(scoped.statusUpdates.some((u) => u.measureId === 'm-2-1')).toBe(false);
    expect(scoped.units.map((u) => u.id)).not.toContain('u-nav-holmvik');
  });

  it('leaves a plan of one municipality as it is', () => {
    const single = { ...realisticPlan(), partnerMunicipalities: [] };
    expect(planForMunicipality(single, 'Fjordvik')).toBe(single);
  });
});
