import { format } from 'date-fns/format';
import { defaultEvaluationDate, latestEvaluation } from '../../../core/evaluation/prefill';
import { EVALUATION_KIND_LABELS } from '../../../core/labels/evaluationLabels';
import { formatCoreMessage } from '../../../core/messages/catalogues';
import { message } from '../../../core/messages/message';
import { op } from '../../../core/operations/registry';
import { newStep } from '../../../core/operations/step';
import { documentLanguageOf } from '../../export/docx/labels';
import { ApiError } from '../apiError';
import type { Handlers } from '../handler';
import { planFrom, wordFile } from './exports';

export const evaluationHandlers: Handlers<'evaluation.prefill' | 'export.evaluation'> = {
  'evaluation.prefill': (input, ctx) => {
    const plan = ctx.documents.get(input.docId).plan;
    const asOf = input.asOf ?? defaultEvaluationDate(plan, format(ctx.now(), 'yyyy-MM-dd'));
    return ctx.documents.applyOwn(
      input.docId,
      newStep([op('evaluation.prefill', { kind: input.kind, asOf })], ctx.now()),
    );
  },
  'export.evaluation': async (input, ctx) => {
    const plan = await planFrom(input.source, ctx);
    const evaluation = latestEvaluation(plan, input.kind);
    if (!evaluation) {
      throw new ApiError({
        code: 'invalid-input',
        message: formatCoreMessage(message('evaluation.none'), plan.language),
      });
    }
    const language = input.language ?? documentLanguageOf(plan);
    const { evaluationReport } = await import('../../export/docx/evaluation/evaluationReport');
    const bytes = await evaluationReport(plan, evaluation, {
      language,
      today: format(ctx.now(), 'yyyy-MM-dd'),
    });
    const name = `${EVALUATION_KIND_LABELS[evaluation.kind][language]} – ${plan.title}`;
    return ctx.files.deliver(wordFile(name, bytes), input.outPath);
  },
};
