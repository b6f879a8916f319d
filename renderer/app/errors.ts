import { ZodError } from 'zod';
import { PlanOperationError } from '../../core/plan/errors';
import { ApiCallError } from '../api/client';
import { i18n } from '../i18n';

/** The sentence to show for a failure: the backend's and core's messages are written for users already. */
export function userMessage(error: unknown): string {
  if (error instanceof ApiCallError || error instanceof PlanOperationError) return error.message;
  if (error instanceof ZodError) return error.issues[0]?.message ?? error.message;
  const message = error instanceof Error ? error.message : String(error);
  return i18n.t('document.unexpected', { message });
}
