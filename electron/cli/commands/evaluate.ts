import { resolve } from 'node:path';
import { latestEvaluation } from '../../../core/evaluation/prefill';
import type { EvaluationKind } from '../../../core/schema/evaluation';
import { call } from '../../api/dispatch';
import { parseCommandArgs, singlePositional } from '../args';
import { type CliCommand, UsageError } from '../command';
import { withCliContext } from '../context';

export function evaluationKind(values: { 'mid-term'?: boolean; final?: boolean }): EvaluationKind {
  if (values['mid-term'] && values.final)
    throw new UsageError('Velg enten --mid-term eller --final, ikke begge.');
  return values['mid-term'] ? 'mid-term' : 'final';
}

/**
 * `evaluate PLAN [--mid-term] --prefill`: creates the plan's evaluation (final unless --mid-term) from the status
 * history, or refreshes it keeping the answers already given, and says what it found.
 */
export const evaluateCommand: CliCommand = {
  name: 'evaluate',
  summary: 'Lag eller oppdater evalueringen (midtveis eller slutt) fra statushistorikken',
  usage: 'evaluate PLAN.planhjul.json [--mid-term] --prefill [--as-of ÅÅÅÅ-MM-DD]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      prefill: { type: 'boolean' },
      'mid-term': { type: 'boolean' },
      final: { type: 'boolean' },
      'as-of': { type: 'string' },
      data: { type: 'string' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    if (!values.prefill) {
      throw new UsageError(
        'Oppgi --prefill: evalueringen fylles ut fra statushistorikken. Svarene skrives på siden Evaluering.',
      );
    }
    const kind = evaluationKind(values);
    const asOf = values['as-of'];
    return withCliContext(values.data, async (ctx) => {
      const doc = await call(ctx, 'plan.open', { path });
      const state = await call(ctx, 'evaluation.prefill', {
        docId: doc.docId,
        kind,
        ...(asOf ? { asOf } : {}),
      });
      await call(ctx, 'plan.flush', { docId: doc.docId });
      const plan = state.plan;
      const evaluation = plan && latestEvaluation(plan, kind);
      if (!plan || !evaluation) return 1;
      const count = (k: string) => evaluation.measures.filter((m) => m.carriedOut === k).length;
      const recommended = (r: string) => evaluation.measures.filter((m) => m.recommendation === r).length;
      io.out(
        `${kind === 'mid-term' ? 'Midtveisevaluering' : 'Sluttevaluering'} av «${plan.title}» fylt ut fra statushistorikken til og med ${evaluation.asOf}: ${evaluation.measures.length} tiltak.`,
      );
      io.out(
        `Gjennomført: ${count('yes')}, delvis: ${count('partly')}, ikke gjennomført: ${count('no')}, ikke startet: ${count('not-started')}.`,
      );
      io.out(
        `Foreslått: videreføres ${recommended('continue')}, endres ${recommended('change')}, ordinær drift ${recommended('ordinary-operation')}, avsluttes ${recommended('stop')}.`,
      );
      io.out('Gå gjennom forslagene på siden Evaluering før rapporten lages.');
      return 0;
    });
  },
};
