import { focusAreaName } from '../messages/names';
import type { QualityFinding } from './finding';
import { findingOf } from './finding';
import { isBlank, type QualityRule } from './rule';

/** A plan needs focus areas with goals, and every goal needs measures that work towards it. */
export const focusAreaRules: QualityRule = (plan) => {
  const findings: QualityFinding[] = [];
  if (plan.focusAreas.length === 0) {
    findings.push(findingOf('plan.focus-areas-missing', 'error', { kind: 'plan', field: 'focusAreas' }));
  } else if (plan.measures.length === 0) {
    findings.push(findingOf('plan.measures-missing', 'error', { kind: 'plan', field: 'measures' }));
  }
  plan.focusAreas.forEach((area, index) => {
    const focusArea = focusAreaName(index + 1, area.title);
    const at = (field: string) => ({ kind: 'focusArea' as const, id: area.id, field });
    if (isBlank(area.title)) {
      findings.push(findingOf('focus-area.title-missing', 'warning', at('title'), { focusArea }));
    }
    const goals = area.goals.filter((g) => !isBlank(g.text));
    if (goals.length === 0) {
      findings.push(findingOf('focus-area.goal-missing', 'warning', at('goals'), { focusArea }));
    }
    for (const goal of area.goals) {
      if (isBlank(goal.text)) {
        findings.push(
          findingOf(
            'goal.text-missing',
            'warning',
            { kind: 'goal', id: goal.id, field: 'text' },
            { focusArea },
          ),
        );
      }
    }
    const hasMeasures = plan.measures.some((m) => m.focusAreaId === area.id);
    if (!hasMeasures && plan.measures.length > 0) {
      findings.push(
        findingOf(
          'focus-area.goals-without-measures',
          'warning',
          at('measures'),
          { focusArea },
          goals.length > 0 ? undefined : 'no-goals',
        ),
      );
    }
  });
  return findings;
};
