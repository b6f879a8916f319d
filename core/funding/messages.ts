import type { Catalogues } from '../messages/message';

type Key = 'funding.grant-ends-before-start' | 'funding.no-grant';

/** Refusals of funding edits. */
export const fundingMessages: Catalogues<Key> = {
  nb: {
    'funding.grant-ends-before-start': 'Tilskuddet kan ikke slutte før det begynner. Sjekk datoene.',
    'funding.no-grant': 'Tiltaket har ikke noe tilskudd å registrere en beslutning for.',
  },
  nn: {
    'funding.grant-ends-before-start': 'Tilskotet kan ikkje slutte før det byrjar. Sjekk datoane.',
    'funding.no-grant': 'Tiltaket har ikkje noko tilskot å registrere ei avgjerd for.',
  },
  en: {
    'funding.grant-ends-before-start': 'The grant cannot end before it begins. Check the dates.',
    'funding.no-grant': 'The measure has no grant to record a decision for.',
  },
};
