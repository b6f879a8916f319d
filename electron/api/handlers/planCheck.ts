import { readFile } from 'node:fs/promises';
import type { QualityReport } from '../../../contract/methods/drafting';
import { checkPlanQuality, countBySeverity } from '../../../core/quality/checkPlan';
import { qualityScore } from '../../../core/quality/score';
import type { Plan } from '../../../core/schema/plan';
import { ApiError } from '../apiError';
import type { ApiContext } from '../context';
import { checkedPlanText } from './checkedPlanText';
import { qualityVocabulary } from './qualityVocabulary';

/** The quality report; with `today` the lifecycle is judged as on that day. */
export function qualityReport(plan: Plan, today?: string): QualityReport {
  const findings = checkPlanQuality(plan, qualityVocabulary, today);
  return { findings, counts: countBySeverity(findings), score: qualityScore(plan, qualityVocabulary) };
}

/** The plan to check: the open document's current content, or a plan file read without opening it. */
export async function planToCheck(
  input: { docId: string; today?: string } | { path: string; today?: string },
  ctx: ApiContext,
): Promise<Plan> {
  if ('docId' in input) return ctx.documents.get(input.docId).plan;
  const path = await ctx.resolvePlanPath(input.path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ApiError({ code: 'not-found', message: `Fant ikke filen ${path}.`, path });
  }
  const result = checkedPlanText(text);
  if (!result.ok) {
    throw new ApiError({
      code: 'invalid-plan-file',
      message: `Planfilen ${path} er ikke gyldig, så kvaliteten kan ikke sjekkes. Kjør «validate» for å se feilene.`,
      problems: result.problems,
      path,
    });
  }
  return result.file.plan;
}
