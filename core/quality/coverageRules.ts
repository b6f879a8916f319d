import type { Plan } from '../schema/plan';
import type { QualityFinding } from './finding';
import { findingOf } from './finding';
import type { QualityRule } from './rule';
import { type QualityVocabulary, REQUIRED_TARGET_GROUPS, REQUIRED_VIOLENCE_FORMS } from './vocabulary';

type Dimension = 'targetGroups' | 'violenceForms';

/** The checklist's answer about whether today's services already reach a group or handle a form. */
function assessedAnswer(
  plan: Plan,
  vocabulary: QualityVocabulary,
  dimension: Dimension,
  id: string,
): 'yes' | 'partly' | 'no' | 'unknown' {
  const item = vocabulary.assessmentItems?.find((i) =>
    dimension === 'targetGroups' ? i.targetGroupId === id : i.violenceFormId === id,
  );
  if (!item) return 'unknown';
  return plan.assessment.find((a) => a.itemId === item.id)?.answer ?? 'unknown';
}

function missing(
  plan: Plan,
  vocabulary: QualityVocabulary,
  dimension: Dimension,
  required: readonly string[],
): QualityFinding[] {
  const covered = new Set(plan.measures.flatMap((m) => m[dimension]));
  const entries = dimension === 'targetGroups' ? vocabulary.targetGroups : vocabulary.violenceForms;
  const findings: QualityFinding[] = [];
  for (const id of required) {
    if (covered.has(id)) continue;
    const answer = assessedAnswer(plan, vocabulary, dimension, id);
    // Today's services already cover it, by the working group's own assessment: no new measure needed.
    if (answer === 'yes') continue;
    const label = entries.find((e) => e.id === id)?.label ?? id;
    const gap = answer === 'no' || answer === 'partly';
    findings.push(
      findingOf(
        dimension === 'targetGroups' ? 'coverage.target-group-missing' : 'coverage.violence-form-missing',
        'warning',
        { kind: 'coverage', id, field: dimension },
        { label },
        gap ? 'gap' : undefined,
      ),
    );
  }
  return findings;
}

/**
 * Plans tend to forget older people, people with disabilities, men, minorities, those who use violence, and
 * forms such as negative social control. Silent while the plan has no measures (that finding comes first).
 */
export const coverageRules: QualityRule = (plan, vocabulary) => {
  if (plan.measures.length === 0) return [];
  return [
    ...missing(plan, vocabulary, 'targetGroups', REQUIRED_TARGET_GROUPS),
    ...missing(plan, vocabulary, 'violenceForms', REQUIRED_VIOLENCE_FORMS),
  ];
};
