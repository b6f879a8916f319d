import type { Catalogues } from '../messages/message';

type Key =
  | 'workshop.idea-text-required'
  | 'workshop.idea-too-long'
  | 'workshop.group-name-too-long'
  | 'workshop.group-name-required'
  | 'workshop.new-unit-name-required'
  | 'workshop.idea-already-converted'
  | 'workshop.idea-focus-area-required';

/** Refusals on the workshop board. */
export const workshopMessages: Catalogues<Key> = {
  nb: {
    'workshop.idea-text-required': 'Skriv ideen før du legger den til',
    'workshop.idea-too-long': 'Ideen er for lang (høyst {{max}} tegn)',
    'workshop.group-name-too-long': 'Gruppenavnet er for langt (høyst {{max}} tegn)',
    'workshop.group-name-required': 'Skriv et navn på gruppen',
    'workshop.new-unit-name-required': 'Skriv navnet på den nye enheten',
    'workshop.idea-already-converted': 'Ideen er allerede gjort til tiltaket «{{title}}»',
    'workshop.idea-focus-area-required': 'Velg hvilket satsingsområde tiltaket hører til',
  },
  nn: {
    'workshop.idea-text-required': 'Skriv ideen før du legg han til',
    'workshop.idea-too-long': 'Ideen er for lang (høgst {{max}} teikn)',
    'workshop.group-name-too-long': 'Gruppenamnet er for langt (høgst {{max}} teikn)',
    'workshop.group-name-required': 'Skriv eit namn på gruppa',
    'workshop.new-unit-name-required': 'Skriv namnet på den nye eininga',
    'workshop.idea-already-converted': 'Ideen er allereie gjord om til tiltaket «{{title}}»',
    'workshop.idea-focus-area-required': 'Vel kva satsingsområde tiltaket høyrer til',
  },
  en: {
    'workshop.idea-text-required': 'Write the idea before you add it',
    'workshop.idea-too-long': 'The idea is too long (at most {{max}} characters)',
    'workshop.group-name-too-long': 'The group name is too long (at most {{max}} characters)',
    'workshop.group-name-required': 'Write a name for the group',
    'workshop.new-unit-name-required': 'Write the name of the new unit',
    'workshop.idea-already-converted': 'The idea has already been made into the measure “{{title}}”',
    'workshop.idea-focus-area-required': 'Choose which focus area the measure belongs to',
  },
};
