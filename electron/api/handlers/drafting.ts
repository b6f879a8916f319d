import { lightFormat } from 'date-fns/lightFormat';
import { privacyFindings } from '../../../core/quality/privacyRules';
import type { Handlers } from '../handler';
import { planToCheck, qualityReport } from './planCheck';

// The catalogue and the import (with every operation) load when asked for, not with the quality check.
const measureImport = () => import('./measureImport');

export const draftingHandlers: Handlers<
  'templates.get' | 'plan.check' | 'plan.caseData' | 'measures.importPreview' | 'measures.import'
> = {
  'templates.get': async (input) => (await import('./templatesData')).templatesData(input.language ?? 'nb'),
  'plan.check': async (input, ctx) => {
    const plan = await planToCheck(input, ctx);
    const today = input.today ?? lightFormat(ctx.now(), 'yyyy-MM-dd');
    return { title: plan.title, language: plan.language, ...qualityReport(plan, today) };
  },
  'plan.caseData': async (input, ctx) => {
    const plan = await planToCheck(input, ctx);
    return { findings: privacyFindings(plan), language: plan.language };
  },
  'measures.importPreview': async (input, ctx) =>
    (await (await measureImport()).prepareMeasureImport(input, ctx)).preview,
  'measures.import': async (input, ctx) => (await measureImport()).importMeasures(input, ctx),
};
