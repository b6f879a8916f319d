import type { QualityFinding } from './finding';
import { focusAreaNamer, isBlank, type QualityRule } from './rule';

/** A plan needs focus areas with goals, and every goal needs measures that work towards it. */
export const focusAreaRules: QualityRule = (plan) => {
  const findings: QualityFinding[] = [];
  if (plan.focusAreas.length === 0) {
    findings.push({
      id: 'plan.focus-areas-missing',
      severity: 'error',
      message: 'Planen har ingen satsingsområder. Legg til satsingsområder, for eksempel fra malen.',
      target: { kind: 'plan', field: 'focusAreas' },
    });
  } else if (plan.measures.length === 0) {
    findings.push({
      id: 'plan.measures-missing',
      severity: 'error',
      message:
        'Planen har ingen tiltak. Legg til tiltak under satsingsområdene, fra tiltaksbanken eller egne.',
      target: { kind: 'plan', field: 'measures' },
    });
  }
  const name = focusAreaNamer(plan);
  for (const area of plan.focusAreas) {
    const label = name(area.id);
    if (isBlank(area.title)) {
      findings.push({
        id: 'focus-area.title-missing',
        severity: 'warning',
        message: `${label} mangler tittel. Gi satsingsområdet et navn.`,
        target: { kind: 'focusArea', id: area.id, field: 'title' },
      });
    }
    const goals = area.goals.filter((g) => !isBlank(g.text));
    if (goals.length === 0) {
      findings.push({
        id: 'focus-area.goal-missing',
        severity: 'warning',
        message: `${label} har ikke noe mål. Skriv minst ett mål som sier hva som skal være annerledes når planperioden er over.`,
        target: { kind: 'focusArea', id: area.id, field: 'goals' },
      });
    }
    for (const goal of area.goals) {
      if (isBlank(goal.text)) {
        findings.push({
          id: 'goal.text-missing',
          severity: 'warning',
          message: `${label} har et tomt mål. Skriv målet, eller slett det.`,
          target: { kind: 'goal', id: goal.id, field: 'text' },
        });
      }
    }
    const hasMeasures = plan.measures.some((m) => m.focusAreaId === area.id);
    if (!hasMeasures && plan.measures.length > 0) {
      findings.push({
        id: 'focus-area.goals-without-measures',
        severity: 'warning',
        message:
          goals.length > 0
            ? `${label} har mål, men ingen tiltak. Legg til tiltak som fører til målene, eller slett satsingsområdet.`
            : `${label} har ingen tiltak. Legg til tiltak, eller slett satsingsområdet.`,
        target: { kind: 'focusArea', id: area.id, field: 'measures' },
      });
    }
  }
  return findings;
};
