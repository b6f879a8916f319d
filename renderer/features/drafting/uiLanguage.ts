import type { Language } from '../../../core/schema/common';

/** The UI language as one of ours, for the domain labels in core (Bokmål when unknown). */
export function uiLanguage(language: string): Language {
  return language === 'nn' || language === 'en' ? language : 'nb';
}
