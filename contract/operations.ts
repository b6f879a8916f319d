import type { z } from 'zod';
import { pageOperations } from '../core/operations/registry';
import { Step } from '../core/operations/step';

/**
 * A step from the page: every call must name one of the page's operations and carry arguments that fit that
 * operation's schema (see core/operations). The step is passed on exactly as it came, so the backend applies
 * the same input the page applied to its own copy.
 */
export const PageStep = Step.superRefine((step, ctx) => {
  step.ops.forEach((call, index) => {
    if (!Object.hasOwn(pageOperations, call.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ops', index, 'name'],
        message: `Ukjent endring «${call.name}»`,
      });
      return;
    }
    const spec = pageOperations[call.name as keyof typeof pageOperations];
    const args = (spec.args as z.ZodType).safeParse(call.args);
    if (!args.success) {
      for (const issue of args.error.issues) {
        ctx.addIssue({ code: 'custom', path: ['ops', index, 'args', ...issue.path], message: issue.message });
      }
    }
  });
});
