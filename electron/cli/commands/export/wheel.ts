import { extname, resolve } from 'node:path';
import { call } from '../../../api/dispatch';
import { parseCommandArgs, parseYear, requireString, singlePositional } from '../../args';
import { type CliCommand, UsageError } from '../../command';
import { withCliContext } from '../../context';
import { parseLanguage } from './language';

export const wheelExport: CliCommand = {
  name: 'wheel',
  summary: 'Årshjulet for ett år som bilde (SVG eller PNG)',
  usage: 'wheel PLAN.planhjul.json --year ÅÅÅÅ --out FIL.svg|FIL.png [--lang nb|nn|en]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      year: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      municipality: { type: 'string' },
      data: { type: 'string' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const year = parseYear(requireString(values.year, '--year'), '--year');
    const out = resolve(requireString(values.out, '--out'));
    const format = extname(out).toLowerCase().slice(1);
    if (format !== 'svg' && format !== 'png') {
      throw new UsageError(`--out må slutte på .svg eller .png, ikke «${extname(out) || out}».`);
    }
    const language = parseLanguage(values.lang);
    const result = await withCliContext(values.data, (ctx) =>
      call(ctx, 'wheel.exportImage', {
        path,
        year,
        format,
        out,
        ...(language ? { language } : {}),
        ...(values.municipality ? { municipality: values.municipality } : {}),
      }),
    );
    io.out(`Lagret årshjulet for ${year} i ${result.savedPath ?? out}`);
    return 0;
  },
};
