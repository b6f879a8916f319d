import { describe, expect, it } from 'vitest';
import { interMunicipalPlan } from '../../tests/support/interMunicipalPlan';
import { type OperationCall, op } from '../operations/registry';
import { applyStep, newStep } from '../operations/step';
import { Plan } from '../schema/plan';
import { requireMunicipality } from './municipalities';
import { measuresFor } from './scope';

const at = new Date('2027-01-20T10:00:00Z');
const run = (plan: Plan, call: OperationCall) => Plan.parse(applyStep(plan, newStep([call], at)));

describe('municipality operations', () => {
  it('adds a partner with a checked number and refuses a second one of the same name', () => {
    const plan = interMunicipalPlan();
    const added = run(plan, op('plan.addPartnerMunicipality', { name: 'Gildeskål', number: '1838' }));
    expect(added.partnerMunicipalities.at(-1)).toEqual({ name: 'Gildeskål', number: '1838' });
    expect(() => run(added, op('plan.addPartnerMunicipality', { name: 'gildeskål' }))).toThrow(/allerede/);
    expect(() => run(plan, op('plan.addPartnerMunicipality', { name: 'X', number: '18' }))).toThrow(
      /fire sifre/,
    );
  });

  it('puts a measure in listed municipalities and names a local owner', () => {
    let plan = interMunicipalPlan();
    plan = run(
      plan,
      op('measure.setMunicipalities', { id: 'm-5-5', municipalities: ['holmvik', 'Stavnes'] }),
    );
    expect(plan.measures.find((m) => m.id === 'm-5-5')?.municipalities).toEqual([
      'Holmvik kommune',
      'Stavnes kommune',
    ]);
    plan = run(
      plan,
      op('measure.setLocalOwner', { id: 'm-5-5', municipality: 'Holmvik', unitId: 'u-nav-holmvik' }),
    );
    const holmvik = requireMunicipality(plan, 'Holmvik');
    expect(measuresFor(plan, holmvik).find((m) => m.id === 'm-5-5')?.leadOwnerUnitId).toBe('u-nav-holmvik');
    expect(measuresFor(plan, requireMunicipality(plan, 'Nesøy')).some((m) => m.id === 'm-5-5')).toBe(false);
    expect(() =>
      run(plan, op('measure.setMunicipalities', { id: 'm-5-5', municipalities: ['Bodø'] })),
    ).toThrow(/ingen kommune «Bodø»/);
  });

  it('removing a partner makes its units shared and drops its own events and local owners', () => {
    const plan = run(interMunicipalPlan(), op('plan.removePartnerMunicipality', { name: 'Nesøy kommune' }));
    expect(plan.units.find((u) => u.id === 'u-nav-nesoy')?.municipality).toBeUndefined();
    expect(plan.wheelEvents.some((e) => e.municipality === 'Nesøy kommune')).toBe(false);
    expect(plan.measures.find((m) => m.id === 'm-2-3')?.municipalities).toEqual([]);
    expect(plan.measures.some((m) => m.localOwners?.some((o) => o.municipality === 'Nesøy kommune'))).toBe(
      false,
    );
  });

  it('marks a municipality as in the Sami area and names its council', () => {
    const plan = run(
      interMunicipalPlan(),
      op('municipality.update', { name: 'Stavnes', changes: { samiArea: true, council: 'Bystyret' } }),
    );
    expect(plan.partnerMunicipalities[2]).toMatchObject({
      name: 'Stavnes kommune',
      samiArea: true,
      council: 'Bystyret',
    });
  });
});
