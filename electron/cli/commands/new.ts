import { resolve } from 'node:path';
import { call } from '../../api/dispatch';
import { parseCommandArgs, parseYear, requireString } from '../args';
import type { CliCommand } from '../command';
import { withCliContext } from '../context';

export const newCommand: CliCommand = {
  name: 'new',
  summary: 'Lag en ny plan fra malen',
  usage: 'new --title T --municipality M --from ÅÅÅÅ --to ÅÅÅÅ --out PLAN.planhjul.json [--lang nb|nn]',
  async run(args, io) {
    const { values } = parseCommandArgs(
      args,
      {
        title: { type: 'string' },
        municipality: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        out: { type: 'string' },
        lang: { type: 'string' },
        data: { type: 'string' },
      },
      false,
    );
    const out = resolve(requireString(values.out, '--out'));
    const request = {
      title: requireString(values.title, '--title'),
      municipality: requireString(values.municipality, '--municipality'),
      fromYear: parseYear(requireString(values.from, '--from'), '--from'),
      toYear: parseYear(requireString(values.to, '--to'), '--to'),
      path: out,
      ...(values.lang ? { language: values.lang } : {}),
    };
    const doc = await withCliContext(values.data, (ctx) => call(ctx, 'plan.create', request));
    io.out(`Laget «${doc.plan.title}» (${doc.plan.period.fromYear}–${doc.plan.period.toYear}) i ${doc.path}`);
    return 0;
  },
};
