import type { Handlers } from '../handler';
import { importMeasures, prepareMeasureImport } from './measureImport';
import { planToCheck, qualityReport } from './planCheck';
import { templatesData } from './templatesData';

export const draftingHandlers: Handlers<
  'templates.get' | 'plan.check' | 'measures.importPreview' | 'measures.import'
> = {
  'templates.get': (input) => templatesData(input.language ?? 'nb'),
  'plan.check': async (input, ctx) => {
    const plan = await planToCheck(input, ctx);
    return { title: plan.title, language: plan.language, ...qualityReport(plan) };
  },
  'measures.importPreview': async (input, ctx) => (await prepareMeasureImport(input, ctx)).preview,
  'measures.import': importMeasures,
};
