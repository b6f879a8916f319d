import type { Plan } from '../schema/plan';
import type { QualityFinding } from './finding';
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
    const message =
      dimension === 'targetGroups'
        ? gap
          ? `Kartleggingen viser at dagens tjenester ikke når målgruppen «${label}» godt nok, og ingen tiltak retter seg mot den. Legg til et tiltak for gruppen, eller merk et tiltak med målgruppen.`
          : `Ingen tiltak retter seg mot målgruppen «${label}». Merk et tiltak med målgruppen, legg til et nytt, eller svar i kartleggingen at dagens tjenester har et tilbud til gruppen.`
        : gap
          ? `Kartleggingen viser at tjenestene ikke fanger opp «${label}» godt nok, og ingen tiltak tar for seg voldsformen. Legg til et tiltak, eller merk et tiltak med voldsformen.`
          : `Ingen tiltak tar for seg voldsformen «${label}». Merk et tiltak med voldsformen, legg til et nytt, eller svar i kartleggingen at tjenestene allerede fanger den opp.`;
    findings.push({
      id: dimension === 'targetGroups' ? 'coverage.target-group-missing' : 'coverage.violence-form-missing',
      severity: 'warning',
      message,
      target: { kind: 'coverage', id, field: dimension },
    });
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
