import type { Catalogues } from '../messages/message';

type Key =
  | 'municipality.number-invalid'
  | 'municipality.name-missing'
  | 'municipality.duplicate'
  | 'municipality.unknown'
  | 'municipality.shared';

/** Refusals and names of the plan's municipalities (a plan can belong to several). */
export const municipalityMessages: Catalogues<Key> = {
  nb: {
    'municipality.number-invalid':
      'Kommunenummeret «{{number}}» for {{name}} må ha fire sifre, for eksempel 1840.',
    'municipality.name-missing': 'Skriv navnet på kommunen.',
    'municipality.duplicate': '{{name}} er allerede med i planen.',
    'municipality.unknown': 'Planen har ingen kommune «{{name}}». Kommunene i planen er {{known}}.',
    'municipality.shared': 'Felles',
  },
  nn: {
    'municipality.number-invalid':
      'Kommunenummeret «{{number}}» for {{name}} må ha fire siffer, til dømes 1840.',
    'municipality.name-missing': 'Skriv namnet på kommunen.',
    'municipality.duplicate': '{{name}} er alt med i planen.',
    'municipality.unknown': 'Planen har ingen kommune «{{name}}». Kommunane i planen er {{known}}.',
    'municipality.shared': 'Felles',
  },
  en: {
    'municipality.number-invalid':
      'The municipality number «{{number}}» for {{name}} must have four digits, e.g. 1840.',
    'municipality.name-missing': 'Write the name of the municipality.',
    'municipality.duplicate': '{{name}} is already part of the plan.',
    'municipality.unknown':
      'The plan has no municipality «{{name}}». The municipalities in the plan are {{known}}.',
    'municipality.shared': 'Shared',
  },
};
