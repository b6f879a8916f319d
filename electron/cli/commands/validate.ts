import { resolve } from 'node:path';
import { call } from '../../api/dispatch';
import { parseCommandArgs, singlePositional } from '../args';
import type { CliCommand } from '../command';
import { withCliContext } from '../context';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'Sjekk at en planfil er gyldig',
  usage: 'validate PLAN.planhjul.json',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, { data: { type: 'string' } });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const result = await withCliContext(values.data, (ctx) => call(ctx, 'plan.validate', { path }));
    if (result.valid) {
      io.out(`Gyldig: «${result.title ?? ''}» (${path})`);
      return 0;
    }
    io.err(`Ugyldig planfil: ${path}`);
    for (const problem of result.problems.slice(0, 50)) {
      io.err(`  ${problem.path ? `${problem.path}: ` : ''}${problem.message}`);
    }
    if (result.problems.length > 50) io.err(`  … og ${result.problems.length - 50} feil til`);
    return 1;
  },
};
