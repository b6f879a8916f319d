import * as z from 'zod';
import { Id, IsoDate, ShortText } from '../schema/common';
import {
  addIdea,
  convertIdeaToMeasure,
  editIdea,
  groupIdeas,
  moveIdeaToFocusArea,
  removeIdea,
  renameIdeaGroup,
  unvoteIdea,
  voteIdea,
} from '../workshop/ideas';
import { defineOperation } from './operation';

const IdeaId = z.object({ id: Id }).strict();

/** The workshop's idea board. */
export const workshopOperations = {
  'idea.add': defineOperation({
    args: z
      .object({ id: Id.optional(), text: ShortText, focusAreaId: Id.optional(), group: ShortText.optional() })
      .strict(),
    apply: (plan, fields) => addIdea(plan, fields).plan,
  }),
  'idea.edit': defineOperation({
    args: z.object({ id: Id, text: ShortText }).strict(),
    apply: (plan, { id, text }) => editIdea(plan, id, text),
  }),
  'idea.remove': defineOperation({ args: IdeaId, apply: (plan, { id }) => removeIdea(plan, id) }),
  'idea.vote': defineOperation({ args: IdeaId, apply: (plan, { id }) => voteIdea(plan, id) }),
  'idea.unvote': defineOperation({ args: IdeaId, apply: (plan, { id }) => unvoteIdea(plan, id) }),
  'idea.group': defineOperation({
    args: z.object({ ids: z.array(Id).min(1).max(1000), group: ShortText }).strict(),
    apply: (plan, { ids, group }) => groupIdeas(plan, ids, group),
  }),
  'idea.renameGroup': defineOperation({
    args: z.object({ focusAreaId: Id.optional(), from: ShortText, to: ShortText }).strict(),
    apply: (plan, { focusAreaId, from, to }) => renameIdeaGroup(plan, focusAreaId, from, to),
  }),
  'idea.moveToFocusArea': defineOperation({
    args: z.object({ id: Id, focusAreaId: Id }).strict(),
    apply: (plan, { id, focusAreaId }) => moveIdeaToFocusArea(plan, id, focusAreaId),
  }),
  'idea.convert': defineOperation({
    args: z
      .object({
        id: Id,
        measureId: Id.optional(),
        title: ShortText.optional(),
        owner: z
          .union([z.object({ unitId: Id }).strict(), z.object({ newUnitName: ShortText }).strict()])
          .optional(),
        deadline: IsoDate.optional(),
        focusAreaId: Id.optional(),
      })
      .strict(),
    apply: (plan, { id, ...input }) => convertIdeaToMeasure(plan, id, input).plan,
  }),
};
