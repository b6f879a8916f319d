import type { Catalogues } from '../../messages/message';

type Key =
  | 'finding.coverage.target-group-missing'
  | 'finding.coverage.target-group-missing.gap'
  | 'finding.coverage.violence-form-missing'
  | 'finding.coverage.violence-form-missing.gap';

/**
 * The findings of the coverage rules; `{{label}}` is the target group or form of violence. The `gap` variant
 * is used when the working group's assessment says today's services do not reach it well enough.
 */
export const coverageMessages: Catalogues<Key> = {
  nb: {
    'finding.coverage.target-group-missing':
      'Ingen tiltak retter seg mot målgruppen «{{label}}». Merk et tiltak med målgruppen, legg til et nytt, eller svar i kartleggingen at dagens tjenester har et tilbud til gruppen.',
    'finding.coverage.target-group-missing.gap':
      'Kartleggingen viser at dagens tjenester ikke når målgruppen «{{label}}» godt nok, og ingen tiltak retter seg mot den. Legg til et tiltak for gruppen, eller merk et tiltak med målgruppen.',
    'finding.coverage.violence-form-missing':
      'Ingen tiltak tar for seg voldsformen «{{label}}». Merk et tiltak med voldsformen, legg til et nytt, eller svar i kartleggingen at tjenestene allerede fanger den opp.',
    'finding.coverage.violence-form-missing.gap':
      'Kartleggingen viser at tjenestene ikke fanger opp «{{label}}» godt nok, og ingen tiltak tar for seg voldsformen. Legg til et tiltak, eller merk et tiltak med voldsformen.',
  },
  nn: {
    'finding.coverage.target-group-missing':
      'Ingen tiltak rettar seg mot målgruppa «{{label}}». Merk eit tiltak med målgruppa, legg til eit nytt, eller svar i kartlegginga at dagens tenester har eit tilbod til gruppa.',
    'finding.coverage.target-group-missing.gap':
      'Kartlegginga viser at dagens tenester ikkje når målgruppa «{{label}}» godt nok, og ingen tiltak rettar seg mot henne. Legg til eit tiltak for gruppa, eller merk eit tiltak med målgruppa.',
    'finding.coverage.violence-form-missing':
      'Ingen tiltak tek for seg valdsforma «{{label}}». Merk eit tiltak med valdsforma, legg til eit nytt, eller svar i kartlegginga at tenestene allereie fangar henne opp.',
    'finding.coverage.violence-form-missing.gap':
      'Kartlegginga viser at tenestene ikkje fangar opp «{{label}}» godt nok, og ingen tiltak tek for seg valdsforma. Legg til eit tiltak, eller merk eit tiltak med valdsforma.',
  },
  en: {
    'finding.coverage.target-group-missing':
      'No measure is aimed at the target group “{{label}}”. Tag a measure with the target group, add a new one, or answer in the assessment that today’s services already offer the group help.',
    'finding.coverage.target-group-missing.gap':
      'The assessment shows that today’s services do not reach the target group “{{label}}” well enough, and no measure is aimed at it. Add a measure for the group, or tag a measure with the target group.',
    'finding.coverage.violence-form-missing':
      'No measure deals with the form of violence “{{label}}”. Tag a measure with the form of violence, add a new one, or answer in the assessment that the services already detect it.',
    'finding.coverage.violence-form-missing.gap':
      'The assessment shows that the services do not detect “{{label}}” well enough, and no measure deals with this form of violence. Add a measure, or tag a measure with the form of violence.',
  },
};
