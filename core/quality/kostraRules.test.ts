import { describe, expect, it } from 'vitest';
import type { Plan } from '../schema/plan';
import { completePlan, TEST_VOCABULARY } from './completePlan';
import { kostraRules } from './kostraRules';

const ids = (plan: Plan) => kostraRules(plan, TEST_VOCABULARY).map((f) => f.id);

describe('KOSTRA rules', () => {
  it('accept answered KOSTRA facts, «no» included', () => {
    const plan = completePlan();
    expect(plan.kostra.politicallyAdoptedPlan).toBe(false);
    expect(ids(plan)).toEqual([]);
  });

  it('flag each unanswered question', () => {
    const plan = completePlan();
    const blank = {
      ...plan,
      kostra: { politicallyAdoptedPlan: null, coordinatorNamed: null, crisisCentreCooperationUnitIds: [] },
    };
    expect(ids(blank)).toEqual([
      'kostra.adopted-plan-unanswered',
      'kostra.coordinator-unanswered',
      'kostra.crisis-centre-cooperation-missing',
    ]);
  });

  it('ignores cooperation with a unit that no longer exists', () => {
    const plan = completePlan();
    const gone = { ...plan, kostra: { ...plan.kostra, crisisCentreCooperationUnitIds: ['deleted-unit'] } };
    expect(ids(gone)).toEqual(['kostra.crisis-centre-cooperation-missing']);
  });

  it('notice a «no coordinator» answer in a plan that names one', () => {
    const plan = completePlan();
    expect(ids({ ...plan, kostra: { ...plan.kostra, coordinatorNamed: false } })).toEqual([
      'kostra.coordinator-contradiction',
    ]);
  });
});
