import * as z from 'zod';
import { Id } from '../schema/common';
import { StatusDraft, StatusDraftFields } from '../status/draft';
import { addStatusUpdate, correctStatusUpdate } from '../status/updates';
import { defineOperation } from './operation';

/** Status reports added or corrected one at a time. */
export const followupOperations = {
  'status.add': defineOperation({
    args: z.object({ draft: StatusDraft }).strict(),
    apply: (plan, { draft }, { at }) => addStatusUpdate(plan, draft, at).plan,
  }),
  'status.correct': defineOperation({
    args: z
      .object({ correctsId: Id, fields: StatusDraftFields.omit({ measureId: true, periodId: true }) })
      .strict(),
    apply: (plan, { correctsId, fields }, { at }) => correctStatusUpdate(plan, correctsId, fields, at).plan,
  }),
};
