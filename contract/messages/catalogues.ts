import { coreCatalogues } from '../../core/messages/catalogues';
import { type Catalogue, formatMessage, type Message } from '../../core/messages/message';
import type { Language } from '../../core/schema/common';
import { documentNotices } from './documentNotices';

const parts = [documentNotices];

/** The backend's own parts, for the test that every key is in nb, nn and en, and in one part only. */
export const backendCatalogueParts: readonly Readonly<Record<Language, Catalogue>>[] = parts;

function merged(language: Language): Catalogue {
  return Object.assign({}, coreCatalogues[language], ...parts.map((part) => part[language]));
}

/** Every message by id that can reach the user: core's and those the backend adds. */
export const allCatalogues: Readonly<Record<Language, Catalogue>> = {
  nb: merged('nb'),
  nn: merged('nn'),
  en: merged('en'),
};

/** Renders any message by id in `language`. */
export function renderMessage(msg: Message, language: Language): string {
  return formatMessage(msg, language, allCatalogues);
}
