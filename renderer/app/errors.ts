import { ZodError } from 'zod';
import { renderMessage } from '../../contract/messages/catalogues';
import type { Message } from '../../core/messages/message';
import { PlanOperationError } from '../../core/plan/errors';
import { ApiCallError } from '../api/client';
import { i18n, isLanguage } from '../i18n';

/** A message by id in the UI's language; `fallback` (the backend's Bokmål) where there is none. */
export function messageText(text: Message | undefined, fallback: string): string {
  if (!text) return fallback;
  const language = isLanguage(i18n.language) ? i18n.language : 'nb';
  return renderMessage(text, language);
}

/** The sentence to show for a failure: the backend's and core's messages are written for users already. */
export function userMessage(error: unknown): string {
  if (error instanceof ApiCallError) return messageText(error.body.text, error.message);
  if (error instanceof PlanOperationError) return messageText(error.text, error.message);
  if (error instanceof ZodError) return error.issues[0]?.message ?? error.message;
  const message = error instanceof Error ? error.message : String(error);
  return i18n.t('document.unexpected', { message });
}
