import { describe, expect, it } from 'vitest';
import { op } from '../operations/registry';
import { applyStep, newStep } from '../operations/step';
import { samplePlan } from '../plan/testPlan';

describe('funding operations', () => {
  const plan = samplePlan();
  const measureId = plan.measures[0]!.id;
  const run = (...calls: Parameters<typeof newStep>[0]) => applyStep(plan, newStep(calls));
  const resourcesOf = (p: typeof plan) => p.measures.find((m) => m.id === measureId)!.resources;

  it('sets the kind and amount, and clears the amount with null', () => {
    const earmarked = run(
      op('funding.update', { measureId, changes: { funding: 'earmarked', amountNok: 200000 } }),
    );
    expect(resourcesOf(earmarked)).toMatchObject({ funding: 'earmarked', amountNok: 200000 });
    const cleared = applyStep(
      earmarked,
      newStep([op('funding.update', { measureId, changes: { amountNok: null } })]),
    );
    expect(resourcesOf(cleared).amountNok).toBeUndefined();
  });

  it('describes a grant, making the measure grant-funded, and records the decision', () => {
    const granted = run(
      op('funding.updateGrant', {
        measureId,
        changes: { scheme: 'tryggest', amountPerYearNok: 350000, from: '2026-01-01', to: '2027-12-31' },
      }),
      op('funding.recordDecision', {
        measureId,
        decision: { outcome: 'ordinary-operation', date: '2027-06-15', note: 'Budsjettvedtak' },
      }),
    );
    expect(resourcesOf(granted)).toMatchObject({
      funding: 'grant',
      grant: {
        scheme: 'tryggest',
        amountPerYearNok: 350000,
        from: '2026-01-01',
        to: '2027-12-31',
        decision: { outcome: 'ordinary-operation', date: '2027-06-15' },
      },
    });
  });

  it('refuses a grant that ends before it begins, and a decision without a grant', () => {
    expect(() =>
      run(op('funding.updateGrant', { measureId, changes: { from: '2027-01-01', to: '2026-12-31' } })),
    ).toThrow(/slutte før det begynner/);
    expect(() =>
      run(op('funding.recordDecision', { measureId, decision: { outcome: 'end', note: '' } })),
    ).toThrow(/ikke noe tilskudd/);
  });
});
