import { z } from 'zod';
import type { Language } from '../schema/common';

/**
 * A user-facing message by id: `key` names its text in the catalogues (one per language), `params` fill its
 * `{{placeholders}}`. Core and the backend say what happened with a Message; the page, the CLI and the Word
 * exports render it in their language.
 */
export const Message = z.object({
  key: z.string().min(1).max(200),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Message = z.infer<typeof Message>;
export type MessageParams = NonNullable<Message['params']>;

/** The texts of some messages in one language. */
export type Catalogue = Readonly<Record<string, string>>;

/** The texts of some messages in every language; a missing Nynorsk or English text is a compile error. */
export type Catalogues<K extends string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

export function message(key: string, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

function fill(template: string, params: MessageParams | undefined): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = params?.[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Renders a message in `language` from `catalogues`, falling back to Bokmål and, for an unknown key, to the key
 * itself (so a message is never lost, only untranslated).
 */
export function formatMessage(
  msg: Message,
  language: Language,
  catalogues: Readonly<Record<Language, Catalogue>>,
): string {
  const template = catalogues[language][msg.key] ?? catalogues.nb[msg.key] ?? msg.key;
  return fill(template, msg.params);
}
