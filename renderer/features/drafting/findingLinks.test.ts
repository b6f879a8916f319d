import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../../core/plan/testPlan';
import { findingOf } from '../../../core/quality/finding';
import { lifecycleRules } from '../../../core/quality/lifecycleRules';
import { findingLinks, findingsPerStep, fixPageOf } from './findingLinks';

describe('where a finding is fixed', () => {
  const plan = samplePlan();

  it('sends the lifecycle findings to the overview, where the plan is adopted, not to a drafting step', () => {
    const [notAdopted] = lifecycleRules({ ...plan, lifecycle: 'draft' }, '2026-12-02');
    expect(notAdopted?.id).toBe('lifecycle.not-adopted');
    if (!notAdopted) return;
    expect(fixPageOf(notAdopted.target)).toBe('overview');
    expect(findingLinks(notAdopted, plan, [])).toEqual([]);
    expect(findingsPerStep([notAdopted], plan, []).size).toBe(0);
  });

  it('sends the crisis-centre profile and the cooperation matrix to their page, and the rest to the steps', () => {
    const profile = findingOf('crisis-centre.x', 'warning', { kind: 'plan', field: 'crisisCentre.name' });
    const matrix = findingOf('cooperation.x', 'info', { kind: 'plan', id: 'nav', field: 'cooperation' });
    const title = findingOf('plan.x', 'warning', { kind: 'plan', field: 'title' });
    expect([profile, matrix, title].map((f) => fixPageOf(f.target))).toEqual([
      'crisis-centre',
      'crisis-centre',
      null,
    ]);
    expect(findingLinks(title, plan, [])[0]?.step).toBe('start');
  });
});
