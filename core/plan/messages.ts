import type { Catalogues } from '../messages/message';

/** What `replaceItem` and friends could not find, by the kind of thing. */
export type NotFoundKind =
  | 'measure'
  | 'focus-area'
  | 'goal'
  | 'section'
  | 'member'
  | 'unit'
  | 'idea'
  | 'wheel-event'
  | 'item-to-move';

type Key =
  | `plan.not-found.${NotFoundKind}`
  | 'plan.unit-exists'
  | 'plan.unit-in-use'
  | 'plan.unit-in-use.one'
  | 'plan.unit-required'
  | 'plan.owner-unit-required'
  | 'plan.focus-area-required'
  | 'plan.focus-area-has-measures'
  | 'plan.focus-area-has-measures.one'
  | 'plan.measure-has-reports'
  | 'plan.section-title-required'
  | 'plan.period-reversed';

/** Refusals of the plan's own edits (units, focus areas, goals, measures, sections, members). */
export const planMessages: Catalogues<Key> = {
  nb: {
    'plan.not-found.measure': 'Fant ikke tiltaket',
    'plan.not-found.focus-area': 'Fant ikke satsingsområdet',
    'plan.not-found.goal': 'Fant ikke målet',
    'plan.not-found.section': 'Fant ikke kapittelet',
    'plan.not-found.member': 'Fant ikke medlemmet',
    'plan.not-found.unit': 'Fant ikke enheten',
    'plan.not-found.idea': 'Fant ikke ideen',
    'plan.not-found.wheel-event': 'Fant ikke hendelsen',
    'plan.not-found.item-to-move': 'Fant ikke elementet som skulle flyttes',
    'plan.unit-exists': 'Enheten «{{name}}» finnes allerede',
    'plan.unit-in-use':
      'Enheten er i bruk {{count}} steder (tiltak, årshjul eller arbeidsgruppe) og kan ikke slettes.',
    'plan.unit-in-use.one':
      'Enheten er i bruk ett sted (tiltak, årshjul eller arbeidsgruppe) og kan ikke slettes.',
    'plan.unit-required': 'Velg en enhet som finnes i planen',
    'plan.owner-unit-required': 'Velg en ansvarlig enhet som finnes i planen',
    'plan.focus-area-required': 'Velg et satsingsområde som finnes i planen',
    'plan.focus-area-has-measures':
      'Satsingsområdet har {{count}} tiltak. Flytt eller slett tiltakene før du sletter satsingsområdet.',
    'plan.focus-area-has-measures.one':
      'Satsingsområdet har 1 tiltak. Flytt eller slett tiltaket før du sletter satsingsområdet.',
    'plan.measure-has-reports':
      'Tiltaket har statusrapporter og kan ikke slettes. Gi det statusen «Avsluttet – ikke gjennomført» eller «Endret» med en begrunnelse.',
    'plan.section-title-required': 'Kapittelet må ha en overskrift',
    'plan.period-reversed': 'Planperioden slutter før den begynner',
  },
  nn: {
    'plan.not-found.measure': 'Fann ikkje tiltaket',
    'plan.not-found.focus-area': 'Fann ikkje satsingsområdet',
    'plan.not-found.goal': 'Fann ikkje målet',
    'plan.not-found.section': 'Fann ikkje kapittelet',
    'plan.not-found.member': 'Fann ikkje medlemmen',
    'plan.not-found.unit': 'Fann ikkje eininga',
    'plan.not-found.idea': 'Fann ikkje ideen',
    'plan.not-found.wheel-event': 'Fann ikkje hendinga',
    'plan.not-found.item-to-move': 'Fann ikkje elementet som skulle flyttast',
    'plan.unit-exists': 'Eininga «{{name}}» finst allereie',
    'plan.unit-in-use':
      'Eininga er i bruk {{count}} stader (tiltak, årshjul eller arbeidsgruppe) og kan ikkje slettast.',
    'plan.unit-in-use.one':
      'Eininga er i bruk éin stad (tiltak, årshjul eller arbeidsgruppe) og kan ikkje slettast.',
    'plan.unit-required': 'Vel ei eining som finst i planen',
    'plan.owner-unit-required': 'Vel ei ansvarleg eining som finst i planen',
    'plan.focus-area-required': 'Vel eit satsingsområde som finst i planen',
    'plan.focus-area-has-measures':
      'Satsingsområdet har {{count}} tiltak. Flytt eller slett tiltaka før du slettar satsingsområdet.',
    'plan.focus-area-has-measures.one':
      'Satsingsområdet har 1 tiltak. Flytt eller slett tiltaket før du slettar satsingsområdet.',
    'plan.measure-has-reports':
      'Tiltaket har statusrapportar og kan ikkje slettast. Gi det statusen «Avslutta – ikkje gjennomført» eller «Endra» med ei grunngiving.',
    'plan.section-title-required': 'Kapittelet må ha ei overskrift',
    'plan.period-reversed': 'Planperioden sluttar før han byrjar',
  },
  en: {
    'plan.not-found.measure': 'The measure was not found',
    'plan.not-found.focus-area': 'The focus area was not found',
    'plan.not-found.goal': 'The goal was not found',
    'plan.not-found.section': 'The chapter was not found',
    'plan.not-found.member': 'The member was not found',
    'plan.not-found.unit': 'The unit was not found',
    'plan.not-found.idea': 'The idea was not found',
    'plan.not-found.wheel-event': 'The event was not found',
    'plan.not-found.item-to-move': 'The item to move was not found',
    'plan.unit-exists': 'The unit “{{name}}” already exists',
    'plan.unit-in-use':
      'The unit is used in {{count}} places (measures, annual wheel or working group) and cannot be deleted.',
    'plan.unit-in-use.one':
      'The unit is used in one place (a measure, the annual wheel or the working group) and cannot be deleted.',
    'plan.unit-required': 'Choose a unit that exists in the plan',
    'plan.owner-unit-required': 'Choose a responsible unit that exists in the plan',
    'plan.focus-area-required': 'Choose a focus area that exists in the plan',
    'plan.focus-area-has-measures':
      'The focus area has {{count}} measures. Move or delete the measures before you delete the focus area.',
    'plan.focus-area-has-measures.one':
      'The focus area has 1 measure. Move or delete the measure before you delete the focus area.',
    'plan.measure-has-reports':
      'The measure has status reports and cannot be deleted. Give it the status “Stopped – not completed” or “Changed” with a reason.',
    'plan.section-title-required': 'The chapter must have a heading',
    'plan.period-reversed': 'The plan period ends before it begins',
  },
};
