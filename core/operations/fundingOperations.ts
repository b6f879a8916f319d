import * as z from 'zod';
import { recordGrantDecision, updateFunding, updateGrant } from '../funding/funding';
import { Id } from '../schema/common';
import { GrantDecision, GrantFields, Resources } from '../schema/measure';
import { cleared, defineOperation, patchOf } from './operation';

const FundingChanges = patchOf(Resources.omit({ grant: true }));
const GrantChanges = patchOf(GrantFields.omit({ decision: true }));

/** Edits of how a measure is paid for: the kind and amount, the grant's details, the decision when it ends. */
export const fundingOperations = {
  'funding.update': defineOperation({
    args: z.object({ measureId: Id, changes: FundingChanges }).strict(),
    apply: (plan, { measureId, changes }) => updateFunding(plan, measureId, cleared(changes)),
  }),
  'funding.updateGrant': defineOperation({
    args: z.object({ measureId: Id, changes: GrantChanges }).strict(),
    apply: (plan, { measureId, changes }) => updateGrant(plan, measureId, cleared(changes)),
  }),
  'funding.recordDecision': defineOperation({
    args: z.object({ measureId: Id, decision: GrantDecision.nullable() }).strict(),
    apply: (plan, { measureId, decision }) => recordGrantDecision(plan, measureId, decision ?? undefined),
  }),
};
