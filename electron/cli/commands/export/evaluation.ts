import { resolve } from 'node:path';
import { call } from '../../../api/dispatch';
import { parseCommandArgs, requireString, singlePositional } from '../../args';
import type { CliCommand } from '../../command';
import { withCliContext } from '../../context';
import { evaluationKind } from '../evaluate';
import { documentLanguage } from './plan';

export const evaluationExportCommand: CliCommand = {
  name: 'evaluation',
  summary: 'Evalueringsrapporten (den siste evalueringen i planen) som Word-dokument',
  usage: 'evaluation PLAN.planhjul.json --out EVALUERING.docx [--lang nb|nn] [--mid-term|--final]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      out: { type: 'string' },
      lang: { type: 'string' },
      data: { type: 'string' },
      'mid-term': { type: 'boolean' },
      final: { type: 'boolean' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const outPath = resolve(requireString(values.out, '--out'));
    const language = documentLanguage(values.lang);
    const kind = values['mid-term'] || values.final ? evaluationKind(values) : undefined;
    const delivery = await withCliContext(values.data, (ctx) =>
      call(ctx, 'export.evaluation', {
        source: { path },
        outPath,
        ...(kind ? { kind } : {}),
        ...(language ? { language } : {}),
      }),
    );
    io.out(`Lagret evalueringsrapporten som Word-dokument: ${delivery.savedPath ?? outPath}`);
    return 0;
  },
};
