import { describe, expect, it } from 'vitest';
import type { Plan } from '../schema/plan';
import { anchoringRules } from './anchoringRules';
import { completePlan, TEST_VOCABULARY } from './completePlan';

const findings = (plan: Plan) => anchoringRules(plan, TEST_VOCABULARY);

describe('anchoring rules', () => {
  it('accept an anchored plan with coordinator and mandate', () => {
    expect(findings(completePlan())).toEqual([]);
  });

  it('flag a missing political body and administrative owner, pointing at each field', () => {
    const plan = { ...completePlan(), anchoring: { politicalBody: ' ', administrativeOwner: '' } };
    expect(findings(plan).map((f) => [f.id, f.target])).toEqual([
      ['anchoring.political-body-missing', { kind: 'anchoring', field: 'politicalBody' }],
      ['anchoring.administrative-owner-missing', { kind: 'anchoring', field: 'administrativeOwner' }],
    ]);
  });

  it('flag a missing coordinator, but accept a coordinating unit without a name', () => {
    const plan = completePlan();
    const none = { ...plan, coordinator: { name: '', role: '' } };
    expect(findings(none).map((f) => f.id)).toEqual(['plan.coordinator-missing']);
    const unitOnly = { ...plan, coordinator: { name: '', role: '', unitId: plan.units[0]!.id } };
    expect(findings(unitOnly)).toEqual([]);
  });

  it('flag a missing mandate as a warning and a mandate without date as info', () => {
    const plan = completePlan();
    const none = { ...plan, mandate: { givenBy: '', text: '' } };
    expect(findings(none).map((f) => [f.id, f.severity])).toEqual([['plan.mandate-missing', 'warning']]);
    const undated = { ...plan, mandate: { givenBy: 'Kommunestyret', text: '' } };
    expect(findings(undated).map((f) => [f.id, f.severity])).toEqual([['plan.mandate-date-missing', 'info']]);
  });
});
