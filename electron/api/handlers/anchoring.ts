import { documentLanguageOf } from '../../export/docx/labels';
import type { Handlers } from '../handler';
import { planFrom } from './exports';

export const anchoringHandlers: Handlers<'anchoring.exportSteeringGoals'> = {
  'anchoring.exportSteeringGoals': async (input, ctx) => {
    const plan = await planFrom(input.source, ctx);
    const language = input.language ?? documentLanguageOf(plan);
    // The spreadsheet library loads only when a spreadsheet is made, as for the other exports.
    const { steeringGoalsFile } = await import('../../export/steeringGoals/steeringGoalsSheet');
    return ctx.files.deliver(await steeringGoalsFile(plan, language), input.outPath);
  },
};
