import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from '../messages/catalogues';
import { samplePlan } from '../plan/testPlan';
import { timeLeft } from './countdown';
import { lifecycleStatus } from './state';

const plan = { ...samplePlan(), lifecycle: 'adopted' as const };
const left = (today: string, language: 'nb' | 'nn' | 'en' = 'nb') => {
  const text = timeLeft(lifecycleStatus(plan, today), today);
  return text && formatCoreMessage(text, language);
};

describe('timeLeft', () => {
  it('says years and months left of the period, counting the last day', () => {
    expect(left('2027-10-01')).toBe('2 år og 3 måneder igjen av planperioden');
    expect(left('2026-01-01')).toBe('4 år igjen av planperioden');
    expect(left('2029-11-01')).toBe('2 måneder igjen av planperioden');
    expect(left('2028-12-01')).toBe('1 år og 1 måned igjen av planperioden');
  });

  it('names days only in the last month', () => {
    expect(left('2029-12-31')).toBe('1 dag igjen av planperioden');
    expect(left('2029-12-22')).toBe('10 dager igjen av planperioden');
  });

  it('in Nynorsk and English', () => {
    expect(left('2027-10-01', 'nn')).toBe('2 år og 3 månader att av planperioden');
    expect(left('2027-10-01', 'en')).toBe('2 years and 3 months left of the plan period');
  });

  it('says nothing before the period begins or after it ends', () => {
    expect(left('2025-12-31')).toBeNull();
    expect(left('2030-01-01')).toBeNull();
  });
});
