import { describe, expect, it } from 'vitest';
import { samplePlan } from '../plan/testPlan';
import { checkPlanQuality, countBySeverity } from './checkPlan';
import { completePlan, TEST_VOCABULARY } from './completePlan';
import { findingKey } from './finding';

describe('checkPlanQuality', () => {
  it('finds nothing on a complete plan', () => {
    expect(checkPlanQuality(completePlan(), TEST_VOCABULARY)).toEqual([]);
  });

  it('lists a draft’s problems in the order of the drafting steps, each with a unique key', () => {
    const findings = checkPlanQuality(samplePlan(), TEST_VOCABULARY);
    const kinds = findings.map((f) => f.target.kind);
    expect(kinds.indexOf('anchoring')).toBeLessThan(kinds.indexOf('focusArea'));
    expect(kinds.indexOf('focusArea')).toBeLessThan(kinds.indexOf('measure'));
    expect(kinds.indexOf('measure')).toBeLessThan(kinds.indexOf('coverage'));
    const keys = findings.map(findingKey);
    expect(new Set(keys).size).toBe(keys.length);
    const counts = countBySeverity(findings);
    expect(counts.error).toBe(1); // one measure without an owner
    expect(counts.warning).toBeGreaterThan(10);
    expect(counts.error + counts.warning + counts.info).toBe(findings.length);
  });

  it('writes every message in Norwegian, saying what to do', () => {
    for (const finding of checkPlanQuality(samplePlan(), TEST_VOCABULARY)) {
      expect(finding.message).toMatch(/\.$/);
      expect(finding.message).toMatch(
        /\b(Skriv|Velg|Legg|Sett|Merk|Begynn|Beskriv|Gi|Flytt|Rett|Tilpass|Svar)\b/,
      );
    }
  });
});
