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
  'status.round': notYet,
  'status.checks': notYet,
  'statusForms.export': notYet,
  'statusForms.preview': notYet,
  'statusForms.import': notYet,
  'plan.revise': notYet,
};
