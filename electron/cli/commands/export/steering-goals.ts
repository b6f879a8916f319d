import { extname, resolve } from 'node:path';
import { call } from '../../../api/dispatch';
import { parseCommandArgs, requireString, singlePositional } from '../../args';
import { type CliCommand, UsageError } from '../../command';
import { withCliContext } from '../../context';

/** `export steering-goals PLAN --out X.xlsx`: the goals marked as steering goals, for the budget round. */
export const steeringGoalsExport: CliCommand = {
  name: 'steering-goals',
  summary: 'Styringsmålene i planen som regneark (til budsjettarbeidet)',
  usage: 'steering-goals PLAN.planhjul.json --out FIL.xlsx [--lang nb|nn]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      out: { type: 'string' },
      lang: { type: 'string' },
      data: { type: 'string' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const out = resolve(requireString(values.out, '--out'));
    if (extname(out).toLowerCase() !== '.xlsx') throw new UsageError('--out må slutte på .xlsx.');
    const lang = values.lang;
    if (lang !== undefined && lang !== 'nb' && lang !== 'nn')
      throw new UsageError('--lang må være nb eller nn.');
    const result = await withCliContext(values.data, (ctx) =>
      call(ctx, 'anchoring.exportSteeringGoals', {
        source: { path },
        outPath: out,
        ...(lang ? { language: lang } : {}),
      }),
    );
    io.out(`Lagret styringsmålene i ${result.savedPath ?? out}`);
    return 0;
  },
};
