import * as z from 'zod';
import { addPartnerMunicipality, removePartnerMunicipality } from '../municipalities/edits';
import { setAssessmentAnswer } from '../plan/assessment';
import { addFocusArea, moveFocusArea, removeFocusArea, updateFocusArea } from '../plan/focusAreas';
import { addGoal, removeGoal, updateGoal } from '../plan/goals';
import { answerChecklistItem } from '../plan/kostraAnswers';
import { addMember, removeMember, updateMember } from '../plan/members';
import { PlanDetailsFields, updatePlanDetails } from '../plan/planDetails';
import { addSection, removeSection, updateSection } from '../plan/sections';
import { addUnit, removeUnit, renameUnit, setUnitKind } from '../plan/units';
import { Id, IsoDate, LongText, ShortText } from '../schema/common';
import { FocusArea, Goal } from '../schema/focusArea';
import { Member, Municipality, UnitKind } from '../schema/organisation';
import { AssessmentAnswer, KostraFacts, TextSection } from '../schema/plan';
import { cleared, defineOperation, patchOf } from './operation';

const AnswerValue = AssessmentAnswer.shape.answer.unwrap();

/** Edits of the drafting steps: the plan's own facts, focus areas and goals, units, members, text sections. */
export const draftingOperations = {
  'plan.updateDetails': defineOperation({
    args: z.object({ changes: patchOf(PlanDetailsFields) }).strict(),
    apply: (plan, { changes }) => updatePlanDetails(plan, cleared(changes)),
  }),
  'plan.updateKostra': defineOperation({
    args: z.object({ changes: patchOf(KostraFacts) }).strict(),
    apply: (plan, { changes }) =>
      updatePlanDetails(plan, { kostra: { ...plan.kostra, ...cleared(changes) } }),
  }),
  'plan.addPartnerMunicipality': defineOperation({
    args: Municipality.strict(),
    apply: (plan, partner) => addPartnerMunicipality(plan, partner),
  }),
  /** Removes the partner municipality of that name (its other facts are not needed to find it). */
  'plan.removePartnerMunicipality': defineOperation({
    args: z.object({ name: ShortText }).strict(),
    apply: (plan, { name }) => removePartnerMunicipality(plan, name),
  }),
  'focusArea.add': defineOperation({
    args: z
      .object({
        id: Id.optional(),
        title: ShortText,
        background: LongText.optional(),
        challenges: LongText.optional(),
      })
      .strict(),
    apply: (plan, fields) => addFocusArea(plan, fields).plan,
  }),
  'focusArea.update': defineOperation({
    args: z.object({ id: Id, changes: patchOf(FocusArea.omit({ id: true })) }).strict(),
    apply: (plan, { id, changes }) => updateFocusArea(plan, id, cleared(changes)),
  }),
  'focusArea.move': defineOperation({
    args: z.object({ id: Id, toIndex: z.number().int().min(0).max(1000) }).strict(),
    apply: (plan, { id, toIndex }) => moveFocusArea(plan, id, toIndex),
  }),
  'focusArea.remove': defineOperation({
    args: z.object({ id: Id }).strict(),
    apply: (plan, { id }) => removeFocusArea(plan, id),
  }),
  'goal.add': defineOperation({
    args: z.object({ id: Id.optional(), focusAreaId: Id, text: LongText }).strict(),
    apply: (plan, { id, focusAreaId, text }) => addGoal(plan, focusAreaId, text, id).plan,
  }),
  'goal.update': defineOperation({
    args: z.object({ focusAreaId: Id, id: Id, changes: patchOf(Goal.omit({ id: true })) }).strict(),
    apply: (plan, { focusAreaId, id, changes }) => updateGoal(plan, focusAreaId, id, cleared(changes)),
  }),
  'goal.remove': defineOperation({
    args: z.object({ focusAreaId: Id, id: Id }).strict(),
    apply: (plan, { focusAreaId, id }) => removeGoal(plan, focusAreaId, id),
  }),
  'unit.add': defineOperation({
    args: z.object({ id: Id.optional(), name: ShortText, kind: UnitKind.optional() }).strict(),
    apply: (plan, { id, name, kind }) => addUnit(plan, name, kind, id).plan,
  }),
  'unit.rename': defineOperation({
    args: z.object({ id: Id, name: ShortText.min(1), today: IsoDate }).strict(),
    apply: (plan, { id, name, today }) => renameUnit(plan, id, name, today),
  }),
  'unit.setKind': defineOperation({
    args: z.object({ id: Id, kind: UnitKind }).strict(),
    apply: (plan, { id, kind }) => setUnitKind(plan, id, kind),
  }),
  'unit.remove': defineOperation({
    args: z.object({ id: Id }).strict(),
    apply: (plan, { id }) => removeUnit(plan, id),
  }),
  'member.add': defineOperation({
    args: z
      .object({ id: Id.optional(), name: ShortText, role: ShortText.optional(), unitId: Id.optional() })
      .strict(),
    apply: (plan, fields) => addMember(plan, fields).plan,
  }),
  'member.update': defineOperation({
    args: z.object({ id: Id, changes: patchOf(Member.omit({ id: true })) }).strict(),
    apply: (plan, { id, changes }) => updateMember(plan, id, cleared(changes)),
  }),
  'member.remove': defineOperation({
    args: z.object({ id: Id }).strict(),
    apply: (plan, { id }) => removeMember(plan, id),
  }),
  'section.add': defineOperation({
    args: z.object({ id: Id.optional(), title: ShortText }).strict(),
    apply: (plan, { id, title }) => addSection(plan, title, id).plan,
  }),
  'section.update': defineOperation({
    args: z.object({ id: Id, changes: patchOf(TextSection.pick({ title: true, body: true })) }).strict(),
    apply: (plan, { id, changes }) => updateSection(plan, id, cleared(changes)),
  }),
  'section.remove': defineOperation({
    args: z.object({ id: Id }).strict(),
    apply: (plan, { id }) => removeSection(plan, id),
  }),
  'assessment.answer': defineOperation({
    args: z.object({ itemId: z.string().min(1).max(100), answer: AnswerValue }).strict(),
    apply: (plan, { itemId, answer }) => answerChecklistItem(plan, itemId, answer),
  }),
  'assessment.note': defineOperation({
    args: z.object({ itemId: z.string().min(1).max(100), note: LongText }).strict(),
    apply: (plan, { itemId, note }) => setAssessmentAnswer(plan, itemId, { note }),
  }),
};
