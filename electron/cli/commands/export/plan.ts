import { resolve } from 'node:path';
import { call } from '../../../api/dispatch';
import { parseCommandArgs, requireString, singlePositional } from '../../args';
import { type CliCommand, UsageError } from '../../command';
import { withCliContext } from '../../context';
import { warnAboutCaseData } from '../../privacyWarning';

export function documentLanguage(value: string | undefined): 'nb' | 'nn' | undefined {
  if (value === undefined) return undefined;
  if (value === 'nb' || value === 'nn') return value;
  throw new UsageError(`--lang må være nb (bokmål) eller nn (nynorsk), ikke «${value}».`);
}

export const planExportCommand: CliCommand = {
  name: 'plan',
  summary: 'Planen som Word-dokument',
  usage: 'plan PLAN.planhjul.json --out PLAN.docx [--lang nb|nn] [--no-wheel]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      out: { type: 'string' },
      lang: { type: 'string' },
      data: { type: 'string' },
      'no-wheel': { type: 'boolean' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const outPath = resolve(requireString(values.out, '--out'));
    const language = documentLanguage(values.lang);
    const delivery = await withCliContext(values.data, async (ctx) => {
      await warnAboutCaseData(ctx, { path }, io);
      return call(ctx, 'export.plan', {
        source: { path },
        outPath,
        includeWheel: values['no-wheel'] !== true,
        ...(language ? { language } : {}),
      });
    });
    io.out(`Lagret planen som Word-dokument: ${delivery.savedPath ?? outPath}`);
    return 0;
  },
};
