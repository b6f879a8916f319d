import type { Language } from '../core/schema/common';

/**
 * One template text in every language the app speaks: Bokmål, Nynorsk and English. The type has no optional
 * keys, so a text without one of its translations does not compile.
 */
export type Text = Readonly<Record<Language, string>>;

/** The languages every template text is written in, in the order the app offers them. */
export const TEXT_LANGUAGES: readonly Language[] = ['nb', 'nn', 'en'];

/**
 * A function of the language that builds its answer once per language: the template views are plain data
 * derived from constants, so there is no reason to rebuild them for every request.
 */
export function perLanguage<T>(build: (language: Language) => T): (language: Language) => T {
  const built = new Map<Language, T>();
  return (language) => {
    const known = built.get(language);
    if (known !== undefined) return known;
    const value = build(language);
    built.set(language, value);
    return value;
  };
}

/** A text whose wording follows one pattern per language, e.g. a question about each service in a list. */
export function textFrom(build: (language: Language) => string): Text {
  return { nb: build('nb'), nn: build('nn'), en: build('en') };
}
