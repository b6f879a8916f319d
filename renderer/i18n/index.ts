import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../core/schema/common';
import { latestRequest } from '../app/latestRequest';
import { nb } from './nb';

export const LANGUAGES: readonly Language[] = ['nb', 'nn', 'en'];
export const DEFAULT_LANGUAGE: Language = 'nb';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nb };
  }
}

/**
 * The one i18next instance of the renderer. Bokmål is the default and the fallback for missing strings; Nynorsk
 * and English are loaded when chosen, so the start page does not parse three catalogues.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { nb: { translation: nb } },
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  react: { useSuspense: false },
});

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** Switches the UI language and keeps `<html lang>` right for screen readers and hyphenation. */
// A language whose texts are still loading must not undo a language chosen after it.
const languageRequest = latestRequest();

export async function setUiLanguage(language: Language): Promise<void> {
  const isLatest = languageRequest();
  if (!i18n.hasResourceBundle(language, 'translation')) {
    const catalogue = language === 'nn' ? (await import('./nn')).nn : (await import('./en')).en;
    i18n.addResourceBundle(language, 'translation', catalogue);
  }
  if (!isLatest()) return;
  await i18n.changeLanguage(language);
  if (isLatest()) document.documentElement.lang = language;
}
