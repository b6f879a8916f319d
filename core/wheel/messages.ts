import type { Catalogues } from '../messages/message';

type Key =
  | 'wheel.month-too-short'
  | 'wheel.range-single-day'
  | 'wheel.end-before-start'
  | 'wheel.measure-missing';

/** Refusals of annual-wheel events; `{{month}}` is a month's name. */
export const wheelMessages: Catalogues<Key> = {
  nb: {
    'wheel.month-too-short': '{{month}} har bare {{days}} dager',
    'wheel.range-single-day':
      'En periode må slutte en annen dag enn den begynner. Velg fast dato for én dag.',
    'wheel.end-before-start': 'Sluttdatoen er før startdatoen',
    'wheel.measure-missing': 'Hendelsen peker på et tiltak som ikke finnes',
  },
  nn: {
    'wheel.month-too-short': '{{month}} har berre {{days}} dagar',
    'wheel.range-single-day':
      'Ein periode må slutte ein annan dag enn han byrjar. Vel fast dato for éin dag.',
    'wheel.end-before-start': 'Sluttdatoen er før startdatoen',
    'wheel.measure-missing': 'Hendinga peikar på eit tiltak som ikkje finst',
  },
  en: {
    'wheel.month-too-short': '{{month}} has only {{days}} days',
    'wheel.range-single-day':
      'A period must end on a different day from the one it starts on. Choose a fixed date for a single day.',
    'wheel.end-before-start': 'The end date is before the start date',
    'wheel.measure-missing': 'The event points to a measure that does not exist',
  },
};
