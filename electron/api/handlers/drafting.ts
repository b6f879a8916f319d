import { ApiError } from '../errors';
import type { Handlers } from '../handler';
import { templatesData } from './templatesData';

const notYet = (): never => {
  throw new ApiError({ code: 'internal', message: 'Denne funksjonen er ikke ferdig ennå.' });
};

export const draftingHandlers: Handlers<
  'templates.get' | 'plan.check' | 'measures.importPreview' | 'measures.import'
> = {
  'templates.get': () => templatesData,
  'plan.check': notYet,
  'measures.importPreview': notYet,
  'measures.import': notYet,
};
