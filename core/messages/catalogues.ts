import { operationMessages } from '../operations/messages';
import { measureMessages } from '../quality/messages/measureMessages';
import type { Language } from '../schema/common';
import { type Catalogue, formatMessage, type Message } from './message';
import { nameMessages } from './names';

/** Every part of core that speaks to the user adds its catalogue here. */
const parts = [nameMessages, operationMessages, measureMessages];

function merged(language: Language): Catalogue {
  return Object.assign({}, ...parts.map((part) => part[language]));
}

export const coreCatalogues: Readonly<Record<Language, Catalogue>> = {
  nb: merged('nb'),
  nn: merged('nn'),
  en: merged('en'),
};

/** Renders one of core's messages. */
export function formatCoreMessage(msg: Message, language: Language = 'nb'): string {
  return formatMessage(msg, language, coreCatalogues);
}
