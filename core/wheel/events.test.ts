import { describe, expect, it } from 'vitest';
import { formatCoreMessage } from '../messages/catalogues';
import { PlanOperationError } from '../plan/errors';
import { samplePlan } from '../plan/testPlan';
import type { Language } from '../schema/common';
import { addWheelEvent, removeWheelEvent, ruleProblem, updateWheelEvent } from './events';

describe('wheel event operations', () => {
  it('adds, changes and removes an event without touching the plan it was given', () => {
    const plan = samplePlan();
    const before = structuredClone(plan);
    const unit = plan.units[0]!;
    const added = addWheelEvent(plan, {
      title: 'Fagdag om vold i nære relasjoner',
      ring: 'competence',
      rule: { kind: 'nth-weekday', month: 10, weekday: 4, n: -1 },
      ownerUnitId: unit.id,
      measureIds: [plan.measures[2]!.id],
      note: 'For alle ansatte i helse og omsorg',
    });
    expect(added.plan.wheelEvents).toHaveLength(1);
    expect(added.event).toMatchObject({ title: 'Fagdag om vold i nære relasjoner', ownerUnitId: unit.id });

    const changed = updateWheelEvent(added.plan, added.event.id, {
      title: 'Fagdag',
      ring: 'competence',
      rule: { kind: 'once', date: '2027-10-28' },
      ownerUnitId: undefined,
    });
    expect(changed.wheelEvents[0]).toMatchObject({
      title: 'Fagdag',
      rule: { kind: 'once', date: '2027-10-28' },
    });
    expect(changed.wheelEvents[0]?.ownerUnitId).toBeUndefined();
    // Fields not given keep their values.
    expect(changed.wheelEvents[0]?.note).toBe('For alle ansatte i helse og omsorg');

    expect(removeWheelEvent(changed, added.event.id).wheelEvents).toEqual([]);
    expect(plan).toEqual(before);
  });

  it('refuses owners and measures that are not in the plan, and impossible dates', () => {
    const plan = samplePlan();
    const base = { title: 'X', ring: 'reporting' as const };
    expect(() =>
      addWheelEvent(plan, { ...base, rule: { kind: 'fixed', month: 2, day: 29 }, ownerUnitId: 'nope' }),
    ).toThrow(PlanOperationError);
    expect(() =>
      addWheelEvent(plan, { ...base, rule: { kind: 'fixed', month: 3, day: 1 }, measureIds: ['nope'] }),
    ).toThrow('Hendelsen peker på et tiltak som ikke finnes');
    expect(() => addWheelEvent(plan, { ...base, rule: { kind: 'fixed', month: 4, day: 31 } })).toThrow(
      'april har bare 30 dager',
    );
    expect(() => removeWheelEvent(plan, 'nope')).toThrow('Fant ikke hendelsen');
  });

  it('explains what is wrong with a rule, in each language', () => {
    const said = (rule: Parameters<typeof ruleProblem>[0], language: Language = 'nb') => {
      const problem = ruleProblem(rule);
      return problem && formatCoreMessage(problem, language);
    };
    expect(said({ kind: 'fixed', month: 2, day: 29 })).toBeNull();
    expect(said({ kind: 'fixed', month: 2, day: 30 })).toBe('februar har bare 29 dager');
    expect(said({ kind: 'fixed', month: 2, day: 30 }, 'nn')).toBe('februar har berre 29 dagar');
    expect(said({ kind: 'fixed', month: 2, day: 30 }, 'en')).toBe('February has only 29 days');
    expect(said({ kind: 'range', start: { month: 5, day: 1 }, end: { month: 5, day: 1 } })).toMatch(
      /annen dag/,
    );
    expect(said({ kind: 'range', start: { month: 12, day: 20 }, end: { month: 1, day: 10 } })).toBeNull();
    expect(said({ kind: 'once', date: '2027-05-02', end: '2027-05-01' })).toBe(
      'Sluttdatoen er før startdatoen',
    );
    expect(said({ kind: 'iso-week', week: 53 })).toBeNull();
  });
});
