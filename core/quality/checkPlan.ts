import type { Plan } from '../schema/plan';
import { anchoringRules } from './anchoringRules';
import { coverageRules } from './coverageRules';
import { crisisCentreRules } from './crisisCentreRules';
import type { FindingSeverity, QualityFinding } from './finding';
import { focusAreaRules } from './focusAreaRules';
import { fundingRules } from './fundingRules';
import { kostraRules } from './kostraRules';
import { lifecycleRules } from './lifecycleRules';
import { measureRules } from './measureRules';
import { privacyRules } from './privacyRules';
import type { QualityRule } from './rule';
import { sectionRules } from './sectionRules';
import type { QualityVocabulary } from './vocabulary';

/** In the order of the drafting steps, so findings read from the start of the plan to its end. */
const RULES: readonly QualityRule[] = [
  anchoringRules,
  kostraRules,
  focusAreaRules,
  measureRules,
  coverageRules,
  crisisCentreRules,
  sectionRules,
  privacyRules,
];

const NO_VOCABULARY: QualityVocabulary = { targetGroups: [], violenceForms: [] };

/**
 * The plan-quality check: what stands between this draft and a concrete plan someone owns.
 * A complete plan has no findings. Errors must be fixed before the plan is marked ready.
 * With `today` (`YYYY-MM-DD`) the plan's lifecycle is judged too (not adopted, expiring, expired), and grants
 * ending within a year without a decision are found.
 */
export function checkPlanQuality(
  plan: Plan,
  vocabulary: QualityVocabulary = NO_VOCABULARY,
  today?: string,
): QualityFinding[] {
  const lifecycle = today === undefined ? [] : lifecycleRules(plan, today);
  return [...lifecycle, ...RULES.flatMap((rule) => rule(plan, vocabulary)), ...fundingRules(plan, today)];
}

export function countBySeverity(findings: readonly QualityFinding[]): Record<FindingSeverity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}
