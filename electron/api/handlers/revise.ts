import { latestEvaluation } from '../../../core/evaluation/prefill';
import { formatCoreMessage } from '../../../core/messages/catalogues';
import { message } from '../../../core/messages/message';
import { op } from '../../../core/operations/registry';
import { newStep } from '../../../core/operations/step';
import { revisePlan } from '../../../core/revision/revisePlan';
import { plansDir, uniquePlanPath } from '../../store/paths';
import { ApiError } from '../apiError';
import type { Handler } from '../handler';

/**
 * Revision: writes the next plan to a new file and opens it, then marks the old plan «Utløpt» and saves it.
 * The new file is written first, so a failure leaves the old plan as it was.
 */
export const revisePlanHandler: Handler<'plan.revise'> = async (input, ctx) => {
  const doc = ctx.documents.get(input.docId);
  if (doc.readOnly) {
    throw new ApiError({
      code: 'read-only',
      message:
        `Planen kan ikke rulleres herfra fordi den er åpen bare for lesing. ${doc.readOnlyReason ?? ''}`.trim(),
      path: doc.path,
    });
  }
  const evaluation = input.fromEvaluation ? latestEvaluation(doc.plan) : undefined;
  if (input.fromEvaluation && !evaluation) {
    throw new ApiError({
      code: 'invalid-input',
      message: formatCoreMessage(message('evaluation.none'), doc.plan.language),
    });
  }
  const { newPlan } = revisePlan(
    doc.plan,
    {
      title: input.title,
      fromYear: input.fromYear,
      toYear: input.toYear,
      oldPath: doc.path,
      ...(evaluation ? { evaluation } : {}),
    },
    ctx.now(),
  );
  const path = input.path
    ? await ctx.resolvePlanPath(input.path)
    : await uniquePlanPath(plansDir(ctx.dataDir), newPlan.title);
  const created = await ctx.documents.create(path, newPlan);
  ctx.documents.applyOwn(input.docId, newStep([op('plan.expireAfterRevision', {})], ctx.now()));
  await ctx.documents.flush(input.docId);
  await ctx.settings.addRecent({
    path: created.path,
    title: created.plan.title,
    municipality: created.plan.municipality.name,
  });
  return created;
};
