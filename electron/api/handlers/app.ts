import { usablePlanFiles } from '../../library/libraryFolder';
import { plansDir } from '../../store/paths';
import { listPlanFiles } from '../../store/planFiles';
import type { Handlers } from '../handler';

export const appHandlers: Handlers<
  | 'app.info'
  | 'settings.get'
  | 'settings.update'
  | 'recent.list'
  | 'recent.remove'
  | 'files.list'
  | 'dialog.openPlan'
  | 'dialog.savePlanAs'
> = {
  'app.info': (_input, ctx) => ({
    mode: ctx.mode,
    version: ctx.version,
    dataDir: ctx.dataDir,
    nativeDialogs: ctx.dialogs !== null,
  }),
  'settings.get': (_input, ctx) => ctx.settings.get(),
  'settings.update': (input, ctx) => ctx.settings.update(input),
  'recent.list': (_input, ctx) => ctx.settings.listRecent(),
  'recent.remove': async (input, ctx) => {
    await ctx.settings.removeRecent(input.path);
    return ctx.settings.listRecent();
  },
  'files.list': (_input, ctx) => listPlanFiles(plansDir(ctx.dataDir), usablePlanFiles(ctx)),
  'dialog.openPlan': async (_input, ctx) => ({ path: ctx.dialogs ? await ctx.dialogs.openPlan() : null }),
  'dialog.savePlanAs': async (input, ctx) => ({
    path: ctx.dialogs ? await ctx.dialogs.savePlanAs(input.suggestedName) : null,
  }),
};
