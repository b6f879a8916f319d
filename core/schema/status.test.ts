import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { Plan } from './plan';
import { StatusUpdate } from './status';

/** The plan's status-update schema: zod's compiled parser for StatusUpdate (core/schema/plan.ts). */
const planUpdates = Plan.shape.statusUpdates;
const generalUpdates = z.array(StatusUpdate).default([]);

const base = {
  id: 's1',
  measureId: 'm1',
  periodId: '2026-T1',
  status: 'on-track',
  asOf: '2026-04-30',
  reportedAt: '2026-04-20T10:00:00.000Z',
};

describe('status updates in a plan', () => {
  it('are checked by a compiled parser (a schema compile cannot handle would silently lose it)', () => {
    const element = (planUpdates.unwrap() as z.ZodArray<typeof StatusUpdate>).element;
    expect(element).not.toBe(StatusUpdate);
    expect(element._zod.bag.fallbackRun).toBeTypeOf('function');
  });

  it('read exactly as the general parser reads them: defaults filled, unknown keys dropped', () => {
    const inputs = [
      [base],
      [{ ...base, narrative: 'Går fint', risk: 'low', indicatorValues: [{ indicatorId: 'i1', value: '3' }] }],
      [{ ...base, decisionNeeded: { needed: true }, corrects: 's0', extra: 'ukjent' }],
      [{ ...base, status: 'changed', reason: 'Ny plan' }],
    ];
    for (const input of inputs) {
      const compiled = planUpdates.safeParse(input);
      expect(compiled.success).toBe(true);
      expect(compiled.data).toEqual(generalUpdates.parse(input));
    }
  });

  it('give the general parser’s messages and paths for a wrong update', () => {
    const wrong = [
      [{ ...base, status: 'stopped' }],
      [{ ...base, asOf: '2026-02-30' }],
      [{ ...base, narrative: 'x'.repeat(50_001) }],
      [{ ...base, decisionNeeded: { needed: 'ja' } }],
    ];
    for (const input of wrong) {
      const compiled = planUpdates.safeParse(input);
      const general = generalUpdates.safeParse(input);
      expect(compiled.success).toBe(false);
      expect(compiled.error?.issues).toEqual(general.error?.issues);
    }
    expect(planUpdates.safeParse(wrong[0]).error?.issues[0]?.path).toEqual([0, 'reason']);
  });
});
