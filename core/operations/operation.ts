import * as z from 'zod';
import type { Plan } from '../schema/plan';

/** What every operation may know besides its arguments: the time of the step it belongs to. */
export interface OperationContext {
  at: Date;
}

/**
 * One named edit of a plan: the zod schema of its arguments and the pure core function that applies them.
 * The page and the backend run the same function with the same arguments and get the same plan.
 */
export interface OperationSpec<A extends z.ZodType = z.ZodType> {
  args: A;
  apply(plan: Plan, args: z.output<A>, context: OperationContext): Plan;
}

export function defineOperation<A extends z.ZodType>(spec: OperationSpec<A>): OperationSpec<A> {
  return spec;
}

/** The schema of a `changes` argument: every field optional, no defaults filled in, `null` clears a field. */
export type Patch<T> = { [K in keyof T]?: T[K] | null };

function withoutDefault(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodDefault ? withoutDefault(schema.unwrap() as z.ZodType) : schema;
}

/**
 * Turns an object schema into the schema of a partial change of it. A field left out stays as it is; `null`
 * clears it (JSON cannot carry `undefined`, so this is how «remove the deadline» crosses the wire). Defaults
 * are not filled in: a change names only what changes.
 */
export function patchOf<S extends z.ZodObject>(schema: S): z.ZodType<Patch<z.output<S>>, Patch<z.input<S>>> {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    shape[key] = withoutDefault(field).nullable().optional();
  }
  return z.object(shape).strict() as unknown as z.ZodType<Patch<z.output<S>>, Patch<z.input<S>>>;
}

/** A patch as the core functions take it: `null` (clear) becomes `undefined`. */
export function cleared<T extends object>(patch: Patch<T>): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).map(([key, value]) => [key, value === null ? undefined : value]),
  ) as Partial<T>;
}
