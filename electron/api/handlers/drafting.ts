import { format } from 'date-fns';
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
    const today = input.today ?? format(ctx.now(), 'yyyy-MM-dd');
    return { title: plan.title, language: plan.language, ...qualityReport(plan, today) };
  },
  'measures.importPreview': async (input, ctx) => (await prepareMeasureImport(input, ctx)).preview,
  'measures.import': importMeasures,
};
