import { renderMessage } from '../../contract/messages/catalogues';
import type { Message } from '../../core/messages/message';
import type { Language } from '../../core/schema/common';
import { ApiError } from '../api/apiError';

/** The languages the CLI prints in: a plan's own (Bokmål or Nynorsk); Bokmål for anything else. */
export type CliLanguage = 'nb' | 'nn';

export function cliLanguage(language: Language | undefined): CliLanguage {
  return language === 'nn' ? 'nn' : 'nb';
}

/** A message by id as the CLI prints it; `fallback` (the backend's Bokmål) where there is none. */
export function cliText(text: Message | undefined, fallback: string, language: CliLanguage): string {
  return text ? renderMessage(text, language) : fallback;
}

/**
 * Runs `work` for a plan in `language`: an API error that carries a message by id (an operation the plan
 * refused, a bad import) is thrown again with its message in that language, so the CLI prints it so.
 */
export async function inPlanLanguage<T>(language: CliLanguage, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ApiError && error.body.text) {
      throw new ApiError({ ...error.body, message: renderMessage(error.body.text, language) });
    }
    throw error;
  }
}
