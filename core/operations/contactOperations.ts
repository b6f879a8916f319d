import * as z from 'zod';
import { setUnitEmail } from '../plan/units';
import { EmailAddress, Id } from '../schema/common';
import { defineOperation } from './operation';

/** Where status forms and reminders go: e-mail addresses of units (a measure's contact has its own field). */
export const contactOperations = {
  /** An empty address removes it. */
  'unit.setEmail': defineOperation({
    args: z.object({ id: Id, email: EmailAddress }).strict(),
    apply: (plan, { id, email }) => setUnitEmail(plan, id, email),
  }),
};
