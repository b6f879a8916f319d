import { dirname } from 'node:path';
import type { z } from 'zod';
import type { CopyPlanRequest, PlanOutline } from '../../contract/methods/library';
import { copyAsStartingPoint } from '../../core/package/startingPoint';
import { measureNumbers } from '../../core/plan/numbering';
import { uniquePlanPath } from '../store/paths';
import type { LibraryHost } from './libraryHost';
import { readPlanAt } from './planPackages';

/** The focus areas and measures of a plan file, numbered, to choose what to copy. */
export async function outlinePlan(ctx: LibraryHost, path: string): Promise<PlanOutline> {
  const { plan } = await readPlanAt(await ctx.resolvePlanPath(path));
  const numbers = measureNumbers(plan);
  return {
    title: plan.title,
    municipality: plan.municipality.name,
    fromYear: plan.period.fromYear,
    toYear: plan.period.toYear,
    focusAreas: plan.focusAreas.map((area, index) => ({
      id: area.id,
      number: index + 1,
      title: area.title,
      measures: plan.measures
        .filter((m) => m.focusAreaId === area.id)
        .map((m) => ({ id: m.id, number: numbers.get(m.id) ?? '', title: m.title })),
    })),
  };
}

/**
 * Writes a new plan for another municipality beside the source (or at `path`). The source is only read; the
 * copy is created exclusively, so an existing file is never overwritten.
 */
export async function copyPlan(
  ctx: LibraryHost,
  request: z.infer<typeof CopyPlanRequest>,
): Promise<{ path: string; title: string }> {
  const sourcePath = await ctx.resolvePlanPath(request.sourcePath);
  const { plan: source } = await readPlanAt(sourcePath);
  const copy = copyAsStartingPoint(source, request, ctx.now());
  const name = copy.municipality.name;
  const stem = copy.title.toLocaleLowerCase('nb').includes(name.toLocaleLowerCase('nb'))
    ? copy.title
    : `${copy.title} ${name}`;
  const target = await ctx.resolvePlanPath(request.path ?? (await uniquePlanPath(dirname(sourcePath), stem)));
  const doc = await ctx.documents.create(target, copy);
  await ctx.documents.close(doc.docId);
  return { path: doc.path, title: copy.title };
}
