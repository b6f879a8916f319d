import { describe, expect, it } from 'vitest';
import type { RecurrenceRule } from '../../../core/schema/wheel';
import { formFromRule, ruleFromForm } from './ruleForm';

describe('recurrence rule form', () => {
  it.each<RecurrenceRule>([
    { kind: 'fixed', month: 2, day: 29 },
    { kind: 'range', start: { month: 12, day: 20 }, end: { month: 1, day: 10 } },
    { kind: 'nth-weekday', month: 9, weekday: 2, n: 2 },
    { kind: 'nth-weekday', month: 11, weekday: 5, n: -1 },
    { kind: 'iso-week', week: 53 },
    { kind: 'iso-week', week: 48, weekday: 3 },
    { kind: 'once', date: '2027-04-20' },
    { kind: 'once', date: '2027-04-20', end: '2027-04-22' },
  ])('gives back the rule it was filled from: %o', (rule) => {
    expect(ruleFromForm(formFromRule(rule))).toEqual({ rule });
  });

  it('points at the field that is wrong', () => {
    const empty = formFromRule();
    expect(ruleFromForm({ ...empty, day: '' })).toEqual({ error: { field: 'day', problem: 'day', max: 31 } });
    expect(ruleFromForm({ ...empty, month: '4', day: '31' })).toEqual({
      error: { field: 'day', problem: 'day', max: 30 },
    });
    expect(ruleFromForm({ ...empty, month: '2', day: '29' })).toEqual({
      rule: { kind: 'fixed', month: 2, day: 29 },
    });
    expect(ruleFromForm({ ...empty, kind: 'range', fromDay: '5', toDay: '5' })).toEqual({
      error: { field: 'toDay', problem: 'sameDay' },
    });
    expect(ruleFromForm({ ...empty, kind: 'iso-week', week: '54' })).toEqual({
      error: { field: 'week', problem: 'week' },
    });
    expect(ruleFromForm({ ...empty, kind: 'once', date: '20.4.2027' })).toEqual({
      error: { field: 'date', problem: 'date' },
    });
    expect(ruleFromForm({ ...empty, kind: 'once', date: '2027-04-20', endDate: '2027-04-19' })).toEqual({
      error: { field: 'endDate', problem: 'endBeforeStart' },
    });
  });
});
