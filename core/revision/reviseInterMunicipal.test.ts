import { describe, expect, it } from 'vitest';
import { interMunicipalPlan } from '../../tests/support/interMunicipalPlan';
import { revisePlan } from './revisePlan';

describe('revising a plan of several municipalities', () => {
  it('carries local owners, the crisis-centre profile and the matrix into the next plan', () => {
    const base = interMunicipalPlan();
    // 3.4 (NAV, with a local owner in each partner) goes on in the next plan.
    const old = {
      ...base,
      statusUpdates: base.statusUpdates.map((u) =>
        u.measureId === 'm-3-4' && u.periodId === '2026-T2' ? { ...u, status: 'continued' as const } : u,
      ),
    };
    const next = revisePlan(
      old,
      { title: 'Neste plan', fromYear: 2030, toYear: 2033 },
      new Date('2029-06-01T10:00:00Z'),
    );
    const plan = next.newPlan;
    const carried = plan.measures.filter((m) => m.localOwners !== undefined);
    expect(carried.length).toBeGreaterThan(0);
    const nesoyOwner = carried[0]?.localOwners?.find((o) => o.municipality === 'Nesøy kommune')?.unitId;
    expect(plan.units.find((u) => u.id === nesoyOwner)?.name).toMatch(/Nesøy$/);
    expect(plan.crisisCentre?.name).toBe('Krisesenteret i Fjordregionen IKS');
    expect(plan.units.find((u) => u.id === plan.crisisCentre?.unitId)?.name).toBe(
      'Krisesenteret i Fjordregionen',
    );
    expect(plan.cooperation?.cells).toHaveLength(6);
    expect(plan.internalControlLog).toBeUndefined();
  });
});
