import { describe, expect, it } from 'vitest';
import { samplePlan } from '../plan/testPlan';
import { expiredOrNotAdopted, expiresWithinYear, lifecycleStatus } from './state';
import { adoptPlan, rollOverPlan, startRevision } from './transitions';

const AT = new Date('2026-03-20T10:00:00Z');
const adopted = (fromYear: number, toYear: number) =>
  adoptPlan(
    { ...samplePlan(), period: { fromYear, toYear } },
    { body: 'Kommunestyret', date: '2026-03-15', caseNumber: '26/123' },
    AT,
  );

describe('lifecycleStatus', () => {
  const plan = adopted(2026, 2029);

  it.each([
    ['2025-12-31', 'adopted', 'before'],
    ['2026-01-01', 'in-force', 'running'],
    ['2028-12-31', 'in-force', 'running'],
    ['2029-01-01', 'expiring', 'last-year'],
    ['2029-12-31', 'expiring', 'last-year'],
    ['2030-01-01', 'expired', 'after'],
  ])('on %s an adopted 2026–2029 plan is %s', (today, state, phase) => {
    const status = lifecycleStatus(plan, today);
    expect(status.state).toBe(state);
    expect(status.phase).toBe(phase);
  });

  it('counts the days left to the last day of the period, negative after it', () => {
    expect(lifecycleStatus(plan, '2029-12-31').daysLeft).toBe(0);
    expect(lifecycleStatus(plan, '2029-12-30').daysLeft).toBe(1);
    expect(lifecycleStatus(plan, '2030-01-01').daysLeft).toBe(-1);
    expect(lifecycleStatus(plan, '2026-01-01').daysLeft).toBe(365 * 4 + 1 - 1);
  });

  it('handles a period ending in a leap year: 12 months before its end is 1 January, 29 February counts', () => {
    const leap = adopted(2025, 2028);
    expect(lifecycleStatus(leap, '2027-12-31').state).toBe('in-force');
    expect(lifecycleStatus(leap, '2028-01-01').state).toBe('expiring');
    expect(lifecycleStatus(leap, '2028-02-29').daysLeft).toBe(306);
    expect(lifecycleStatus(leap, '2028-12-31').state).toBe('expiring');
    expect(lifecycleStatus(leap, '2029-01-01').state).toBe('expired');
  });

  it('a one-year plan is expiring from its first day', () => {
    expect(lifecycleStatus(adopted(2026, 2026), '2026-01-01').state).toBe('expiring');
  });

  it('a rolled-over plan is in force again until its new end year, and says it was rolled over', () => {
    const rolled = rollOverPlan(plan, { decidedOn: '2029-11-20', toYear: 2031, body: 'Kommunestyret' });
    expect(lifecycleStatus(plan, '2030-06-01').state).toBe('expired');
    const status = lifecycleStatus(rolled, '2030-06-01');
    expect(status.state).toBe('in-force');
    expect(status.rolledOver).toBe(true);
    expect(lifecycleStatus(rolled, '2031-01-01').state).toBe('expiring');
    expect(lifecycleStatus(rolled, '2032-01-01').state).toBe('expired');
    expect(lifecycleStatus(plan, '2030-06-01').rolledOver).toBe(false);
  });

  it('a draft stays a draft and a plan under revision stays under revision whatever the date', () => {
    expect(lifecycleStatus(samplePlan(), '2031-01-01').state).toBe('draft');
    const revising = startRevision(plan, '2029-01-10');
    expect(lifecycleStatus(revising, '2029-06-01').state).toBe('under-revision');
    expect(lifecycleStatus(revising, '2029-06-01').revisionStarted).toBe(true);
    expect(lifecycleStatus({ ...plan, lifecycle: 'expired' }, '2027-01-01').state).toBe('replaced');
  });

  it('the library filters: expired or never adopted; expiring within a year', () => {
    const on = (p: typeof plan, today: string) => lifecycleStatus(p, today);
    expect(expiredOrNotAdopted(on(samplePlan(), '2025-12-31'))).toBe(false);
    expect(expiredOrNotAdopted(on(samplePlan(), '2026-01-01'))).toBe(true);
    expect(expiredOrNotAdopted(on(plan, '2030-01-01'))).toBe(true);
    expect(expiredOrNotAdopted(on(plan, '2029-12-31'))).toBe(false);
    expect(expiresWithinYear(on(plan, '2028-12-31'))).toBe(false);
    expect(expiresWithinYear(on(plan, '2029-01-01'))).toBe(true);
    expect(expiresWithinYear(on(plan, '2030-01-01'))).toBe(false);
  });
});
