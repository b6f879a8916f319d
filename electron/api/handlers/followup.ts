import { format } from 'date-fns';
import { statusChecks } from '../../../core/status/checks';
import { statusRound } from '../../../core/status/round';
import { ApiError } from '../errors';
import type { Handlers } from '../handler';

const notYet = (): never => {
  throw new ApiError({ code: 'internal', message: 'Denne funksjonen er ikke ferdig ennå.' });
};

export const followupHandlers: Handlers<
  | 'status.round'
  | 'status.checks'
  | 'statusForms.export'
  | 'statusForms.preview'
  | 'statusForms.import'
  | 'plan.revise'
> = {
  'status.round': (input, ctx) => statusRound(ctx.documents.get(input.docId).plan, input.periodId),
  'status.checks': (input, ctx) => {
    const asOf = input.asOf ?? format(ctx.now(), 'yyyy-MM-dd');
    return { asOf, findings: statusChecks(ctx.documents.get(input.docId).plan, input.periodId, asOf) };
  },
  'statusForms.export': notYet,
  'statusForms.preview': notYet,
  'statusForms.import': notYet,
  'plan.revise': notYet,
};
