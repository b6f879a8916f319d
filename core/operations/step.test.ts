import { describe, expect, it } from 'vitest';
import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { samplePlan } from '../plan/testPlan';
import { Plan } from '../schema/plan';
import { op } from './registry';
import { applyStep, newStep, Step } from './step';

const at = new Date('2026-05-04T08:30:00Z');

describe('steps of operations', () => {
  it('give the same plan, ids included, wherever they are applied', () => {
    const plan = samplePlan();
    const area = plan.focusAreas[0]!;
    const step = newStep(
      [
        op('unit.add', { name: 'Krisesenteret' }),
        op('measure.add', { focusAreaId: area.id, title: 'Kartlegge behovet for botilbud' }),
      ],
      at,
    );
    // What the backend receives is the JSON of the step, checked with the contract's schema.
    const received = Step.parse(JSON.parse(JSON.stringify(step)));
    const inPage = applyStep(plan, step);
    const inBackend = applyStep(plan, received);
    expect(inBackend).toEqual(inPage);
    const unit = inPage.units.at(-1)!;
    const measure = inPage.measures.find((m) => m.title === 'Kartlegge behovet for botilbud')!;
    expect(unit.id).toBe(step.id);
    expect(measure.id).toBe(`${step.id}.2`);
    expect(inPage.updatedAt).toBe(at.toISOString());
    expect(Plan.safeParse(inPage).success).toBe(true);
  });

  it('clear a field with undefined in `changes`, which JSON alone would drop', () => {
    const plan = samplePlan();
    const measure = plan.measures[0]!;
    expect(measure.deadline).toBe('2027-06-30');
    const step = newStep([op('measure.update', { id: measure.id, changes: { deadline: undefined } })], at);
    expect(step.ops[0]?.args).toEqual({ id: measure.id, changes: { deadline: null } });
    const next = applyStep(plan, Step.parse(JSON.parse(JSON.stringify(step))));
    expect(next.measures[0]?.deadline).toBeUndefined();
    expect(next.measures[0]?.title).toBe(measure.title);
  });

  it('leave fields that a change does not name as they are (no defaults filled in)', () => {
    const plan = samplePlan();
    const measure = plan.measures[2]!;
    expect(measure.recurring).toBe(true);
    const next = applyStep(
      plan,
      newStep([op('measure.update', { id: measure.id, changes: { title: 'Ny tittel' } })], at),
    );
    expect(next.measures[2]).toEqual({ ...measure, title: 'Ny tittel' });
  });

  it('refuse unknown operations and bad arguments with a message, changing nothing', () => {
    const plan = samplePlan();
    const copy = structuredClone(plan);
    const unknown: Step = { id: 's1', at: at.toISOString(), ops: [{ name: 'measure.explode', args: {} }] };
    expect(() => applyStep(plan, unknown)).toThrow(PlanOperationError);
    const bad: Step = {
      id: 's2',
      at: at.toISOString(),
      ops: [{ name: 'measure.update', args: { id: plan.measures[0]!.id, changes: { recurring: 'ja' } } }],
    };
    expect(() => applyStep(plan, bad)).toThrow(/measure.update.*ugyldige data/);
    expect(plan).toEqual(copy);
  });

  it('turn a core schema refusal into a message for the user', () => {
    const plan = samplePlan();
    const step = newStep(
      [op('plan.updateDetails', { changes: { period: { fromYear: 2029, toYear: 2026 } } })],
      at,
    );
    expect(() => applyStep(plan, step)).toThrow(
      new PlanOperationError(
        message('operation.field-invalid', { problem: 'Planperioden slutter før den begynner' }),
      ),
    );
  });
});
