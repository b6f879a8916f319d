import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../../core/plan/testPlan';
import { realisticPlan } from '../../../tests/support/realisticPlan';
import { defaultPeriod, exportRequest, initialChoice } from './exportForm';

describe('the export form', () => {
  it('suggests the latest period with status reports', () => {
    expect(defaultPeriod(realisticPlan(), '2028-05-01')?.id).toBe('2026-T3');
  });

  it('suggests the latest ended period of a plan without reports, or the first before any has ended', () => {
    expect(defaultPeriod(samplePlan(), '2027-05-10')?.id).toBe('2027-T1');
    expect(defaultPeriod(samplePlan(), '2026-02-01')?.id).toBe('2026-T1');
  });

  it('starts in the plan’s language, Bokmål for an English plan', () => {
    expect(initialChoice({ ...samplePlan(), language: 'nn' }, 'plan', '2026-06-01').language).toBe('nn');
    expect(initialChoice({ ...samplePlan(), language: 'en' }, 'report', '2026-06-01')).toMatchObject({
      language: 'nb',
      kind: 'report',
      variant: 'political',
    });
  });

  it('turns a choice into the API call', () => {
    const choice = initialChoice(realisticPlan(), 'report', '2027-01-15');
    expect(exportRequest('doc-1', choice)).toEqual({
      method: 'export.report',
      input: { source: { docId: 'doc-1' }, language: 'nb', periodId: '2026-T3', variant: 'political' },
    });
    expect(exportRequest('doc-1', { ...choice, kind: 'plan', includeWheel: true })).toEqual({
      method: 'export.plan',
      input: { source: { docId: 'doc-1' }, language: 'nb', includeWheel: true },
    });
  });
});
