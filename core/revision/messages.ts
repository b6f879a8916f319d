import type { Catalogues } from '../messages/message';

type Key =
  | 'revision.already-expired'
  | 'revision.must-start-later'
  | 'revision.summary-title'
  | 'revision.summary-intro'
  | 'revision.group.completed'
  | 'revision.group.in-operation'
  | 'revision.group.carried'
  | 'revision.group.stopped'
  | 'revision.group.not-carried'
  | 'revision.line.completed'
  | 'revision.line.last-status'
  | 'revision.line.never-reported'
  | 'revision.line.new-number';

/**
 * Refusals of a revision (rullering), and the section the new plan gets about how the old plan's measures
 * ended, written in the plan's own language.
 */
export const revisionMessages: Catalogues<Key> = {
  nb: {
    'revision.already-expired': 'Planen er allerede utløpt og rullert. Åpne planen som erstattet den.',
    'revision.must-start-later':
      'Den nye planperioden må begynne etter {{year}}, da den gjeldende planen begynte.',
    'revision.summary-title': 'Gjennomført i forrige plan',
    'revision.summary-intro':
      'Denne planen bygger på «{{title}}» ({{from}}–{{to}}). Slik endte tiltakene i den planen:',
    'revision.group.completed': 'Gjennomført',
    'revision.group.in-operation': 'I fast drift',
    'revision.group.carried': 'Videreført i denne planen',
    'revision.group.stopped': 'Avsluttet uten å bli gjennomført',
    'revision.group.not-carried': 'Verken gjennomført eller videreført',
    'revision.line.completed': ' ({{status}}, {{period}})',
    'revision.line.last-status': ' (siste status: {{status}}, {{period}})',
    'revision.line.never-reported': ' (aldri rapportert)',
    'revision.line.new-number': ' (nytt nummer {{number}})',
  },
  nn: {
    'revision.already-expired': 'Planen er allereie utløpen og rullert. Opne planen som erstatta han.',
    'revision.must-start-later':
      'Den nye planperioden må byrje etter {{year}}, då den gjeldande planen byrja.',
    'revision.summary-title': 'Gjennomført i førre plan',
    'revision.summary-intro':
      'Denne planen byggjer på «{{title}}» ({{from}}–{{to}}). Slik enda tiltaka i den planen:',
    'revision.group.completed': 'Gjennomført',
    'revision.group.in-operation': 'I fast drift',
    'revision.group.carried': 'Vidareført i denne planen',
    'revision.group.stopped': 'Avslutta utan å bli gjennomført',
    'revision.group.not-carried': 'Verken gjennomført eller vidareført',
    'revision.line.completed': ' ({{status}}, {{period}})',
    'revision.line.last-status': ' (siste status: {{status}}, {{period}})',
    'revision.line.never-reported': ' (aldri rapportert)',
    'revision.line.new-number': ' (nytt nummer {{number}})',
  },
  en: {
    'revision.already-expired':
      'The plan has already expired and been revised. Open the plan that replaced it.',
    'revision.must-start-later':
      'The new plan period must begin after {{year}}, when the current plan began.',
    'revision.summary-title': 'Completed in the previous plan',
    'revision.summary-intro':
      'This plan builds on “{{title}}” ({{from}}–{{to}}). This is how the measures of that plan ended:',
    'revision.group.completed': 'Completed',
    'revision.group.in-operation': 'In ongoing operation',
    'revision.group.carried': 'Continued in this plan',
    'revision.group.stopped': 'Stopped without being completed',
    'revision.group.not-carried': 'Neither completed nor continued',
    'revision.line.completed': ' ({{status}}, {{period}})',
    'revision.line.last-status': ' (last status: {{status}}, {{period}})',
    'revision.line.never-reported': ' (never reported)',
    'revision.line.new-number': ' (new number {{number}})',
  },
};
