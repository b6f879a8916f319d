import { resolve } from 'node:path';
import { call } from '../../../api/dispatch';
import { parseCommandArgs, requireString, singlePositional } from '../../args';
import type { CliCommand } from '../../command';
import { withCliContext } from '../../context';
import { documentLanguage } from './plan';

export const supervisionExportCommand: CliCommand = {
  name: 'supervision',
  summary: 'Tilsynsmappe for krisesentertilbudet i én kommune som Word-dokument',
  usage: 'supervision PLAN.planhjul.json --municipality KOMMUNE --out MAPPE.docx [--lang nb|nn]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      municipality: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      data: { type: 'string' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const municipality = requireString(values.municipality, '--municipality');
    const outPath = resolve(requireString(values.out, '--out'));
    const language = documentLanguage(values.lang);
    const delivery = await withCliContext(values.data, (ctx) =>
      call(ctx, 'export.supervision', {
        source: { path },
        municipality,
        outPath,
        ...(language ? { language } : {}),
      }),
    );
    io.out(`Lagret tilsynsmappen som Word-dokument: ${delivery.savedPath ?? outPath}`);
    return 0;
  },
};
