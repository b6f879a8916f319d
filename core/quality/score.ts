import type { Plan } from '../schema/plan';
import { isBlank } from './rule';
import { titleHasVerb } from './verbs';
import { type QualityVocabulary, REQUIRED_TARGET_GROUPS, REQUIRED_VIOLENCE_FORMS } from './vocabulary';

const share = (count: number, total: number): number => (total === 0 ? 0 : count / total);

/**
 * A 0–100 quality score for comparing plans in a library. Weights:
 * - 40: measures with a lead owner and a deadline or period
 * - 15: measures with a description
 * - 10: measures with an indicator or milestone
 * - 5: measures whose title says what will be done
 * - 10: focus areas with a goal and at least one measure
 * - 10: political body, administrative owner, coordinator and mandate filled in
 * - 10: required target groups and violence forms covered by a measure (or, by the assessment, by today's services)
 * A plan without measures scores at most 10. A plan with no findings scores 100.
 */
export function qualityScore(plan: Plan, vocabulary?: QualityVocabulary): number {
  const measures = plan.measures;
  const n = measures.length;
  const ownedAndDated = measures.filter(
    (m) => m.leadOwnerUnitId !== undefined && (m.deadline !== undefined || m.period !== undefined),
  ).length;
  const described = measures.filter((m) => !isBlank(m.description)).length;
  const measurable = measures.filter((m) => m.indicators.length > 0 || m.milestones.length > 0).length;
  const concrete = measures.filter((m) => titleHasVerb(m.title)).length;

  const areasDone = plan.focusAreas.filter(
    (f) => f.goals.some((g) => !isBlank(g.text)) && measures.some((m) => m.focusAreaId === f.id),
  ).length;

  const anchoring = [
    !isBlank(plan.anchoring.politicalBody),
    !isBlank(plan.anchoring.administrativeOwner),
    !isBlank(plan.coordinator.name) || plan.coordinator.unitId !== undefined,
    !isBlank(plan.mandate.givenBy),
  ].filter(Boolean).length;

  const coveredGroups = new Set(measures.flatMap((m) => m.targetGroups));
  const coveredForms = new Set(measures.flatMap((m) => m.violenceForms));
  const answeredYes = new Set(
    (vocabulary?.assessmentItems ?? [])
      .filter((item) => plan.assessment.some((a) => a.itemId === item.id && a.answer === 'yes'))
      .flatMap((item) => [item.targetGroupId, item.violenceFormId])
      .filter((id): id is string => id !== undefined),
  );
  const required = REQUIRED_TARGET_GROUPS.length + REQUIRED_VIOLENCE_FORMS.length;
  const covered =
    n === 0
      ? 0
      : REQUIRED_TARGET_GROUPS.filter((id) => coveredGroups.has(id) || answeredYes.has(id)).length +
        REQUIRED_VIOLENCE_FORMS.filter((id) => coveredForms.has(id) || answeredYes.has(id)).length;

  const score =
    40 * share(ownedAndDated, n) +
    15 * share(described, n) +
    10 * share(measurable, n) +
    5 * share(concrete, n) +
    10 * share(areasDone, plan.focusAreas.length) +
    10 * share(anchoring, 4) +
    10 * share(covered, required);
  return Math.round(score);
}
