import { copyPlan, outlinePlan } from '../../library/copyPlan';
import { resolveLibraryFolder, usablePlanFiles } from '../../library/libraryFolder';
import { listLibrary } from '../../library/listLibrary';
import { todayOf } from '../../library/planSummary';
import type { Handlers } from '../handler';

export const libraryHandlers: Handlers<
  'library.list' | 'library.chooseFolder' | 'library.outline' | 'library.copy'
> = {
  'library.list': async (input, ctx) => {
    const folder = resolveLibraryFolder(ctx, input.folder);
    const today = input.today ?? todayOf(ctx.now());
    return { folder, today, entries: await listLibrary(folder, undefined, usablePlanFiles(ctx), today) };
  },
  'library.chooseFolder': async (_input, ctx) => ({
    folder: (await ctx.dialogs?.chooseFolder()) ?? null,
  }),
  'library.outline': (input, ctx) => outlinePlan(ctx, input.path),
  'library.copy': (input, ctx) => copyPlan(ctx, input),
};
