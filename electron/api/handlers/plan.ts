import { readFile } from 'node:fs/promises';
import type { OpenDocument } from '../../../contract/methods/plan';
import { checkPlanFileText } from '../../../core/validation';
import { plansDir, uniquePlanPath } from '../../store/paths';
import { ApiError } from '../apiError';
import type { ApiContext } from '../context';
import type { Handlers } from '../handler';

/** Adds the plan to the recent list; a list that cannot be saved (a full disk) does not stop the plan opening. */
async function remember(ctx: ApiContext, doc: OpenDocument): Promise<OpenDocument> {
  await ctx.settings
    .addRecent({ path: doc.path, title: doc.plan.title, municipality: doc.plan.municipality.name })
    .catch(() => undefined);
  return doc;
}

export const planHandlers: Handlers<
  | 'plan.validate'
  | 'plan.create'
  | 'plan.open'
  | 'plan.undo'
  | 'plan.redo'
  | 'plan.sync'
  | 'plan.flush'
  | 'plan.saveAs'
  | 'plan.close'
  | 'plan.takeOver'
  | 'backups.list'
  | 'backups.restore'
> = {
  'plan.validate': async (input, ctx) => {
    const path = await ctx.resolvePlanPath(input.path);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      throw new ApiError({ code: 'not-found', message: `Fant ikke filen ${path}.`, path });
    }
    const result = checkPlanFileText(text, { readOnly: true });
    return result.ok
      ? { valid: true, problems: [], title: result.file.plan.title }
      : { valid: false, problems: result.problems };
  },
  'plan.create': async (input, ctx) => {
    // Loaded by the one method that makes a plan: with it come the message catalogues, which reading needs not.
    const { createPlan } = await import('../../../core/plan/create');
    const plan = createPlan(input, ctx.now(), await ctx.planTemplate(input.language ?? 'nb'));
    const path = input.path
      ? await ctx.resolvePlanPath(input.path)
      : await uniquePlanPath(plansDir(ctx.dataDir), plan.title);
    return remember(ctx, await ctx.documents.create(path, plan));
  },
  'plan.open': async (input, ctx) =>
    remember(ctx, await ctx.documents.open(await ctx.resolvePlanPath(input.path))),
  'plan.undo': (input, ctx) => ctx.documents.undo(input.docId),
  'plan.redo': (input, ctx) => ctx.documents.redo(input.docId),
  'plan.sync': (input, ctx) => ctx.documents.sync(input.docId, input.revision),
  'plan.flush': (input, ctx) => ctx.documents.flush(input.docId, input.revision),
  'plan.saveAs': async (input, ctx) =>
    remember(ctx, await ctx.documents.saveAs(input.docId, await ctx.resolvePlanPath(input.path))),
  'plan.close': async (input, ctx) => {
    await ctx.documents.close(input.docId);
    return { closed: true };
  },
  'plan.takeOver': (input, ctx) => ctx.documents.takeOver(input.docId, input.lockSince),
  'backups.list': async (input, ctx) => ctx.documents.listBackups(await ctx.resolvePlanPath(input.path)),
  'backups.restore': async (input, ctx) =>
    remember(ctx, await ctx.documents.restoreBackup(await ctx.resolvePlanPath(input.path), input.backupId)),
};
