import { planFromSource } from '../../library/planSource';
import { planFileStem, slugify } from '../../store/paths';
import type { Handlers } from '../handler';

export const workshopHandlers: Handlers<'workshop.handout'> = {
  'workshop.handout': async (input, ctx) => {
    const { out, ...source } = input;
    const { plan, path } = await planFromSource(ctx, source);
    const { buildHandout } = await import('../../export/handout/handoutDocument');
    const bytes = await buildHandout(plan, { now: ctx.now() });
    return ctx.files.deliver(
      {
        fileName: `${slugify(planFileStem(path))}-verksted.docx`,
        bytes,
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        filter: { name: 'Word-dokument', extensions: ['docx'] },
      },
      out,
    );
  },
};
