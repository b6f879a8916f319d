import type { z } from 'zod';
import { backendOperations } from './backendOperations';
import { contactOperations } from './contactOperations';
import { crisisCentreOperations } from './crisisCentreOperations';
import { draftingOperations } from './draftingOperations';
import { evaluationOperations } from './evaluationOperations';
import { followupOperations } from './followupOperations';
import { fundingOperations } from './fundingOperations';
import { lifecycleOperations } from './lifecycleOperations';
import { measureOperations } from './measureOperations';
import { municipalityOperations } from './municipalityOperations';
import type { OperationSpec } from './operation';
import { wheelOperations } from './wheelOperations';
import { workshopOperations } from './workshopOperations';

/** The edits the page may send: every one a named core function with the zod schema of its arguments. */
export const pageOperations = {
  ...draftingOperations,
  ...measureOperations,
  ...wheelOperations,
  ...followupOperations,
  ...workshopOperations,
  ...fundingOperations,
  ...evaluationOperations,
  ...contactOperations,
  ...municipalityOperations,
  ...crisisCentreOperations,
  ...lifecycleOperations,
};

/** Every edit of a plan, the page's and the backend's own. */
export const planOperations = { ...pageOperations, ...backendOperations };

export type OperationName = keyof typeof planOperations;
export type PageOperationName = keyof typeof pageOperations;
export type OperationArgs<N extends OperationName> = z.input<(typeof planOperations)[N]['args']>;

/** One call of a named operation, as it is sent, stored and replayed. */
export type OperationCallOf<N extends OperationName> = { name: N; args: OperationArgs<N> };
export type OperationCall = { [N in OperationName]: OperationCallOf<N> }[OperationName];
export type PageOperationCall = { [N in PageOperationName]: OperationCallOf<N> }[PageOperationName];

export function operationSpec(name: string): OperationSpec | undefined {
  return Object.hasOwn(planOperations, name)
    ? (planOperations[name as OperationName] as unknown as OperationSpec)
    : undefined;
}

/** A call of `name` with `args`, typed. */
export function op<N extends OperationName>(name: N, args: OperationArgs<N>): OperationCallOf<N> {
  return { name, args };
}
