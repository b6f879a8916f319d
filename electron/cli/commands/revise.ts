import { resolve } from 'node:path';
import { nextTitle } from '../../../core/revision/nextTitle';
import { call } from '../../api/dispatch';
import { parseCommandArgs, parseYear, requireString, singlePositional } from '../args';
import type { CliCommand } from '../command';
import { withCliContext } from '../context';

/**
 * `revise PLAN --out NEW [--from-evaluation]`: the next plan (rullering), written to NEW; the old plan is marked
 * «Utløpt». With --from-evaluation the latest evaluation decides what is carried.
 */
export const reviseCommand: CliCommand = {
  name: 'revise',
  summary: 'Rullering: lag neste plan fra denne (med --from-evaluation: det evalueringen anbefaler)',
  usage:
    'revise PLAN.planhjul.json --out NY.planhjul.json [--from-evaluation] [--title T] [--from ÅÅÅÅ --to ÅÅÅÅ]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      out: { type: 'string' },
      'from-evaluation': { type: 'boolean' },
      title: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      data: { type: 'string' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const outPath = resolve(requireString(values.out, '--out'));
    return withCliContext(values.data, async (ctx) => {
      const doc = await call(ctx, 'plan.open', { path });
      const { period, title } = doc.plan;
      const length = period.toYear - period.fromYear;
      const fromYear = values.from ? parseYear(values.from, '--from') : period.toYear + 1;
      const toYear = values.to ? parseYear(values.to, '--to') : fromYear + length;
      const created = await call(ctx, 'plan.revise', {
        docId: doc.docId,
        title: values.title ?? nextTitle(title, period.fromYear, period.toYear, fromYear, toYear),
        fromYear,
        toYear,
        path: outPath,
        fromEvaluation: values['from-evaluation'] ?? false,
      });
      await call(ctx, 'plan.flush', { docId: created.docId });
      const carried = created.plan.measures.filter((m) => m.carriedFrom).length;
      io.out(`Ny plan «${created.plan.title}» (${fromYear}–${toYear}) lagret i ${created.path}.`);
      io.out(
        `${carried} tiltak er videreført${values['from-evaluation'] ? ' etter evalueringens anbefaling' : ''}. «${title}» er markert som utløpt.`,
      );
      return 0;
    });
  },
};
