import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../core/schema/common';
import { en } from './en';
import { nb } from './nb';
import { nn } from './nn';

export const LANGUAGES: readonly Language[] = ['nb', 'nn', 'en'];
export const DEFAULT_LANGUAGE: Language = 'nb';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nb };
  }
}

/** The one i18next instance of the renderer. Bokmål is the default and the fallback for missing strings. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { nb: { translation: nb }, nn: { translation: nn }, en: { translation: en } },
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
export async function setUiLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
