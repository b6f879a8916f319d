import { describe, expect, it } from 'vitest';
import { measureId, nationalStylePlan } from '../../tests/support/nationalStylePlan';
import { prefillEvaluation } from '../evaluation/prefill';
import type { Evaluation } from '../schema/evaluation';
import { PREVIOUS_PLAN_SECTION_KIND, revisePlan } from './revisePlan';

const now = new Date('2029-12-20T09:00:00Z');
const request = { title: 'Handlingsplan mot vold i nære relasjoner 2030–2033', fromYear: 2030, toYear: 2033 };

describe('revision from an evaluation', () => {
  const old = nationalStylePlan({ endOfPlan: true });
  const prefilled = prefillEvaluation(old, 'final', '2029-12-31', now);
  // The group changes its mind on three measures: one continued as changed, one into ordinary operation, one stopped.
  const evaluation: Evaluation = {
    ...prefilled,
    measures: prefilled.measures.map((m) => {
      if (m.measureId === measureId(1))
        return { ...m, recommendation: 'change', why: 'Boligtilbudet organiseres sammen med NAV.' };
      if (m.measureId === measureId(5))
        return { ...m, recommendation: 'ordinary-operation', why: 'Tolk er nå fast rutine.' };
      if (m.measureId === measureId(7))
        return { ...m, recommendation: 'stop', why: 'Dekkes av familievernet.' };
      return m;
    }),
  };

  it('carries exactly the measures marked continue or change, with the reason', () => {
    const { newPlan, outcome } = revisePlan(old, { ...request, evaluation }, now);
    const expected = evaluation.measures
      .filter((m) => m.recommendation === 'continue' || m.recommendation === 'change')
      .map((m) => m.measureId);
    expect(newPlan.measures.map((m) => m.carriedFrom?.measureId)).toEqual(expected);
    expect(outcome.carried.map((c) => c.oldId)).toEqual(expected);
    const changed = newPlan.measures.find((m) => m.carriedFrom?.measureId === measureId(1));
    expect(changed?.carriedFrom).toMatchObject({
      recommendation: 'change',
      why: 'Boligtilbudet organiseres sammen med NAV.',
    });
    expect(expected).not.toContain(measureId(5));
    expect(expected).not.toContain(measureId(7));
  });

  it('lists ordinary operation and stopped as ended, and the reasons in the new plan’s history', () => {
    const { newPlan, outcome } = revisePlan(old, { ...request, evaluation }, now);
    expect(outcome.inOperation).toContain(measureId(5));
    expect(outcome.stopped).toContain(measureId(7));
    const section = newPlan.sections.find((s) => s.kind === PREVIOUS_PLAN_SECTION_KIND);
    const text = JSON.stringify(section?.body);
    expect(text).toContain('Tolk er nå fast rutine.');
    expect(text).toContain('Dekkes av familievernet.');
    expect(text).toContain('Boligtilbudet organiseres sammen med NAV.');
  });
});
