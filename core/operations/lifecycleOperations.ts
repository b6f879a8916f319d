import * as z from 'zod';
import { markSteeringGoal, setSteeringDocument } from '../anchoring/anchoringMap';
import { adoptPlan, rollOverPlan, sendToConsultation, startRevision } from '../lifecycle/transitions';
import { Id, IsoDate, ShortText, Year } from '../schema/common';
import { SteeringDocumentEntry } from '../schema/lifecycle';
import { defineOperation } from './operation';

/** The plan's lifecycle (consultation, adoption, rollover, revision) and its anchoring in steering documents. */
export const lifecycleOperations = {
  'lifecycle.sendToConsultation': defineOperation({
    args: z.object({ sentOn: IsoDate, deadline: IsoDate, reference: ShortText.optional() }).strict(),
    apply: (plan, fields) => sendToConsultation(plan, fields),
  }),
  /** Freezes the measure numbers; quality findings do not stop it. */
  'lifecycle.adopt': defineOperation({
    args: z.object({ body: ShortText, date: IsoDate, caseNumber: ShortText.optional() }).strict(),
    apply: (plan, fields, { at }) => adoptPlan(plan, fields, at),
  }),
  'lifecycle.rollOver': defineOperation({
    args: z
      .object({
        decidedOn: IsoDate,
        toYear: Year,
        body: ShortText.optional(),
        caseNumber: ShortText.optional(),
      })
      .strict(),
    apply: (plan, fields) => rollOverPlan(plan, fields),
  }),
  'lifecycle.startRevision': defineOperation({
    args: z.object({ startedOn: IsoDate }).strict(),
    apply: (plan, { startedOn }) => startRevision(plan, startedOn),
  }),
  'anchoring.setDocument': defineOperation({
    args: SteeringDocumentEntry.strict(),
    apply: (plan, entry) => setSteeringDocument(plan, entry),
  }),
  /** `code: null` unmarks the goal. */
  'anchoring.markSteeringGoal': defineOperation({
    args: z.object({ goalId: Id, code: ShortText.nullable() }).strict(),
    apply: (plan, { goalId, code }) => markSteeringGoal(plan, goalId, code),
  }),
};
