import * as z from 'zod';
import type { Language } from '../schema/common';

/**
 * A user-facing message by id: `key` names its text in the catalogues (one per language), `params` fill its
 * `{{placeholders}}`. A parameter may itself be a message (a measure's name, «Tiltak 1.2 «…»»), rendered in
 * the same language. Core and the backend say what happened with a Message; the page, the CLI and the Word
 * exports render it in their language.
 */
export interface Message {
  key: string;
  params?: Record<string, MessageParam>;
}
export type MessageParam = string | number | Message;
export type MessageParams = Record<string, MessageParam>;

/** How deep messages may sit inside messages; `formatMessage` renders no deeper. */
const MAX_NESTING = 4;

const MessageKey = z.string().min(1).max(200);

/**
 * The schema of a message whose parameters may be messages `depth` more levels down. Spelt out level by level
 * rather than as one recursive (lazy) schema: zod follows a recursive schema with its own bookkeeping for every
 * value, which made checking the 300 findings of a big plan cost as much as the rules that found them; and an
 * input can no longer nest messages deeper than they are ever rendered.
 */
function messageSchema(depth: number): z.ZodType<Message> {
  const param =
    depth === 0
      ? z.union([z.string(), z.number()])
      : z.union([z.string(), z.number(), messageSchema(depth - 1)]);
  return z.object({ key: MessageKey, params: z.record(z.string(), param).optional() });
}

export const Message: z.ZodType<Message> = messageSchema(MAX_NESTING);

/** The texts of some messages in one language. */
export type Catalogue = Readonly<Record<string, string>>;

/** The texts of some messages in every language; a missing Nynorsk or English text is a compile error. */
export type Catalogues<K extends string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

export function message(key: string, params?: MessageParams): Message {
  return params ? { key, params } : { key };
}

/**
 * Renders a message in `language` from `catalogues`, falling back to Bokmål and, for an unknown key, to the key
 * itself (so a message is never lost, only untranslated).
 */
export function formatMessage(
  msg: Message,
  language: Language,
  catalogues: Readonly<Record<Language, Catalogue>>,
  depth = 0,
): string {
  const template = catalogues[language][msg.key] ?? catalogues.nb[msg.key] ?? msg.key;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = msg.params?.[name];
    if (value === undefined) return whole;
    if (typeof value === 'object')
      return depth < MAX_NESTING ? formatMessage(value, language, catalogues, depth + 1) : '';
    return String(value);
  });
}
