import type { Catalogues } from '../../messages/message';

type Key =
  | 'finding.plan.focus-areas-missing'
  | 'finding.plan.measures-missing'
  | 'finding.focus-area.title-missing'
  | 'finding.focus-area.goal-missing'
  | 'finding.goal.text-missing'
  | 'finding.focus-area.goals-without-measures'
  | 'finding.focus-area.goals-without-measures.no-goals';

/** The findings of the focus-area rules; `{{focusArea}}` is the focus area's name (see core/messages/names). */
export const focusAreaMessages: Catalogues<Key> = {
  nb: {
    'finding.plan.focus-areas-missing':
      'Planen har ingen satsingsområder. Legg til satsingsområder, for eksempel fra malen.',
    'finding.plan.measures-missing':
      'Planen har ingen tiltak. Legg til tiltak under satsingsområdene, fra tiltaksbanken eller egne.',
    'finding.focus-area.title-missing': '{{focusArea}} mangler tittel. Gi satsingsområdet et navn.',
    'finding.focus-area.goal-missing':
      '{{focusArea}} har ikke noe mål. Skriv minst ett mål som sier hva som skal være annerledes når planperioden er over.',
    'finding.goal.text-missing': '{{focusArea}} har et tomt mål. Skriv målet, eller slett det.',
    'finding.focus-area.goals-without-measures':
      '{{focusArea}} har mål, men ingen tiltak. Legg til tiltak som fører til målene, eller slett satsingsområdet.',
    'finding.focus-area.goals-without-measures.no-goals':
      '{{focusArea}} har ingen tiltak. Legg til tiltak, eller slett satsingsområdet.',
  },
  nn: {
    'finding.plan.focus-areas-missing':
      'Planen har ingen satsingsområde. Legg til satsingsområde, til dømes frå malen.',
    'finding.plan.measures-missing':
      'Planen har ingen tiltak. Legg til tiltak under satsingsområda, frå tiltaksbanken eller eigne.',
    'finding.focus-area.title-missing': '{{focusArea}} manglar tittel. Gi satsingsområdet eit namn.',
    'finding.focus-area.goal-missing':
      '{{focusArea}} har ikkje noko mål. Skriv minst eitt mål som seier kva som skal vere annleis når planperioden er over.',
    'finding.goal.text-missing': '{{focusArea}} har eit tomt mål. Skriv målet, eller slett det.',
    'finding.focus-area.goals-without-measures':
      '{{focusArea}} har mål, men ingen tiltak. Legg til tiltak som fører til måla, eller slett satsingsområdet.',
    'finding.focus-area.goals-without-measures.no-goals':
      '{{focusArea}} har ingen tiltak. Legg til tiltak, eller slett satsingsområdet.',
  },
  en: {
    'finding.plan.focus-areas-missing':
      'The plan has no focus areas. Add focus areas, for example from the template.',
    'finding.plan.measures-missing':
      'The plan has no measures. Add measures under the focus areas, from the measure bank or your own.',
    'finding.focus-area.title-missing': '{{focusArea}} has no title. Give the focus area a name.',
    'finding.focus-area.goal-missing':
      '{{focusArea}} has no goal. Write at least one goal that says what should be different when the plan period is over.',
    'finding.goal.text-missing': '{{focusArea}} has an empty goal. Write the goal, or delete it.',
    'finding.focus-area.goals-without-measures':
      '{{focusArea}} has goals but no measures. Add measures that lead to the goals, or delete the focus area.',
    'finding.focus-area.goals-without-measures.no-goals':
      '{{focusArea}} has no measures. Add measures, or delete the focus area.',
  },
};
