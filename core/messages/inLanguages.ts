import type { Language } from '../schema/common';
import type { Catalogues, Message } from './message';
import { message } from './message';

type Key = 'text.in-languages';

/**
 * A text the domain already holds in every language (a status label, a vocabulary label from the templates,
 * a date): the message carries all three and shows the one of the language it is rendered in.
 */
export const inLanguagesMessages: Catalogues<Key> = {
  nb: { 'text.in-languages': '{{nb}}' },
  nn: { 'text.in-languages': '{{nn}}' },
  en: { 'text.in-languages': '{{en}}' },
};

/** A message parameter that reads `texts[language]` in whichever language it is rendered. */
export function inLanguages(texts: Readonly<Record<Language, string>>): Message {
  return message('text.in-languages', { nb: texts.nb, nn: texts.nn, en: texts.en });
}
