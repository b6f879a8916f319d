import * as z from 'zod';
import { randomId, withIdsFrom } from '../ids';
import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { IsoDateTime } from '../schema/common';
import type { Plan } from '../schema/plan';
import { type OperationCall, operationSpec } from './registry';

/** A call as it crosses the wire; its arguments are checked against the operation's own schema when applied. */
export const WireOperationCall = z.object({ name: z.string().min(1).max(100), args: z.unknown() }).strict();

/**
 * One user action: one or more operation calls applied together and undone together. `id` seeds the ids of
 * what the step creates and `at` is its time, so the step gives the same plan wherever and whenever it is applied.
 */
export const Step = z
  .object({
    id: z.string().min(1).max(100),
    at: IsoDateTime,
    ops: z.array(WireOperationCall).min(1).max(100),
  })
  .strict();
export type Step = z.infer<typeof Step>;

/**
 * Puts calls into their wire form: `undefined` in a `changes` object becomes `null` (clear the field), and the
 * whole step goes through JSON, so the page applies exactly what the backend receives.
 */
function wireForm(call: OperationCall): z.infer<typeof WireOperationCall> {
  const args = call.args as Record<string, unknown>;
  const changes = args.changes;
  const withNulls =
    changes !== null && typeof changes === 'object' && !Array.isArray(changes)
      ? {
          ...args,
          changes: Object.fromEntries(
            Object.entries(changes).map(([k, v]) => [k, v === undefined ? null : v]),
          ),
        }
      : args;
  return JSON.parse(JSON.stringify({ name: call.name, args: withNulls }));
}

/** A new step of `calls`, taken now. */
export function newStep(calls: readonly OperationCall[], at: Date = new Date()): Step {
  return { id: randomId(), at: at.toISOString(), ops: calls.map(wireForm) };
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'ugyldige data';
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/**
 * Applies a step: each call's arguments are checked with its schema, then its core function runs. Ids are
 * taken from the step's id and `updatedAt` is the step's time. A call that cannot be done throws a
 * PlanOperationError with a message for the user; the plan passed in is never changed.
 */
export function applyStep(plan: Plan, step: Step): Plan {
  const context = { at: new Date(step.at) };
  const next = withIdsFrom(step.id, () => {
    let current = plan;
    for (const call of step.ops) {
      const spec = operationSpec(call.name);
      if (!spec) throw new PlanOperationError(message('operation.unknown', { name: call.name }));
      const args = spec.args.safeParse(call.args);
      if (!args.success) {
        throw new PlanOperationError(
          message('operation.invalid-args', { name: call.name, problem: firstIssue(args.error) }),
        );
      }
      try {
        current = spec.apply(current, args.data, context);
      } catch (error) {
        if (error instanceof z.ZodError) {
          const issue = error.issues[0]?.message;
          throw new PlanOperationError(
            issue
              ? message('operation.field-invalid', { problem: issue })
              : message('operation.invalid-data'),
          );
        }
        throw error;
      }
    }
    return current;
  });
  return next === plan ? plan : { ...next, updatedAt: step.at };
}
