import { steeringGoalsFile } from '../../export/steeringGoals/steeringGoalsSheet';
import type { Handlers } from '../handler';
import { planFrom } from './exports';

export const anchoringHandlers: Handlers<'anchoring.exportSteeringGoals'> = {
  'anchoring.exportSteeringGoals': async (input, ctx) => {
    const plan = await planFrom(input.source, ctx);
    const language = input.language ?? (plan.language === 'nn' ? 'nn' : 'nb');
    return ctx.files.deliver(await steeringGoalsFile(plan, language), input.outPath);
  },
};
