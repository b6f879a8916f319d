import type { Plan } from '../../core/schema/plan';
import type { LibraryHost } from './libraryHost';
import { readPlanAt } from './planPackages';

/**
 * The plan an export works from: the open document (its newest state, saved or not) or a plan file on disk.
 */
export async function planFromSource(
  ctx: LibraryHost,
  source: { docId: string } | { path: string },
): Promise<{ plan: Plan; path: string }> {
  if ('docId' in source) {
    const doc = ctx.documents.get(source.docId);
    return { plan: doc.plan, path: doc.path };
  }
  const path = await ctx.resolvePlanPath(source.path);
  return { plan: (await readPlanAt(path)).plan, path };
}
