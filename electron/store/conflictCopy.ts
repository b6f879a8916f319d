import path from 'node:path';
import { lightFormat } from 'date-fns/lightFormat';
import type { Plan } from '../../core/schema/plan';
import { wrapPlanFile } from '../../core/schema/planFile';
import { createFileExclusively } from './exclusiveFile';
import { firstFreePlanPath, planFileStem } from './paths';
import { planFileBytes } from './planFileAdapter';

/**
 * Saves `plan` beside the plan file as «<name> (konflikt <user> <date>).planhjul.json», so a person browsing the
 * folder sees both versions. Never overwrites: a second one in the same minute gets «-2» and so on.
 */
export async function writeConflictCopy(
  planPath: string,
  plan: Plan,
  user: string,
  now: Date,
): Promise<string> {
  const safeUser = user.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'ukjent';
  const stem = `${planFileStem(planPath)} (konflikt ${safeUser} ${lightFormat(now, 'yyyy-MM-dd HH.mm')})`;
  const bytes = planFileBytes(wrapPlanFile(plan));
  for (;;) {
    const target = await firstFreePlanPath(path.dirname(planPath), stem);
    if (await createFileExclusively(target, bytes)) return target;
  }
}
