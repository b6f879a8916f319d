import { ApiError } from '../errors';
import type { Handlers } from '../handler';
import { planToCheck, qualityReport } from './planCheck';
import { templatesData } from './templatesData';

const notYet = (): never => {
  throw new ApiError({ code: 'internal', message: 'Denne funksjonen er ikke ferdig ennå.' });
};

export const draftingHandlers: Handlers<
  'templates.get' | 'plan.check' | 'measures.importPreview' | 'measures.import'
> = {
  'templates.get': () => templatesData,
  'plan.check': async (input, ctx) => {
    const plan = await planToCheck(input, ctx);
    return { title: plan.title, ...qualityReport(plan) };
  },
  'measures.importPreview': notYet,
  'measures.import': notYet,
};
