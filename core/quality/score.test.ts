import { describe, expect, it } from 'vitest';
import { updateMeasure } from '../plan/measures';
import { samplePlan } from '../plan/testPlan';
import { completePlan, TEST_VOCABULARY } from './completePlan';
import { qualityScore } from './score';

describe('qualityScore', () => {
  it('gives a complete plan 100', () => {
    expect(qualityScore(completePlan(), TEST_VOCABULARY)).toBe(100);
  });

  it('gives an empty plan only the anchoring points', () => {
    const plan = { ...completePlan(), measures: [] };
    expect(qualityScore(plan, TEST_VOCABULARY)).toBe(10);
    const bare = { ...plan, anchoring: { politicalBody: '', administrativeOwner: '' } };
    expect(qualityScore(bare, TEST_VOCABULARY)).toBe(5);
  });

  it('takes the most off for a measure without owner', () => {
    const plan = completePlan();
    const m = plan.measures[0]!;
    const noOwner = qualityScore(updateMeasure(plan, m.id, { leadOwnerUnitId: undefined }), TEST_VOCABULARY);
    const noDescription = qualityScore(updateMeasure(plan, m.id, { description: '' }), TEST_VOCABULARY);
    expect(noOwner).toBe(90); // 40 × 1/4 off
    expect(noDescription).toBe(96); // 15 × 1/4 off, rounded
    expect(noOwner).toBeLessThan(noDescription);
  });

  it('stays between 0 and 100 for a rough draft', () => {
    const score = qualityScore(samplePlan(), TEST_VOCABULARY);
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThan(60);
  });
});
