import { extname, resolve } from 'node:path';
import { inCalendar } from '../../../../core/quality/privacyRules';
import { call } from '../../../api/dispatch';
import { parseCommandArgs, parseToday, requireString, singlePositional } from '../../args';
import { type CliCommand, UsageError } from '../../command';
import { withCliContext } from '../../context';
import { warnAboutCaseData } from '../../privacyWarning';
import { parseLanguage } from './language';

export const icsExport: CliCommand = {
  name: 'ics',
  summary: 'Kalenderfil med årshjulet, rapporteringsfrister og tiltaksfrister',
  usage:
    'ics PLAN.planhjul.json --out FIL.ics [--lang nb|nn|en] [--municipality KOMMUNE] [--today ÅÅÅÅ-MM-DD]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      out: { type: 'string' },
      lang: { type: 'string' },
      today: { type: 'string' },
      municipality: { type: 'string' },
      data: { type: 'string' },
    });
    const today = parseToday(values.today);
    const path = resolve(singlePositional(positionals, 'planfil'));
    const out = resolve(requireString(values.out, '--out'));
    if (extname(out).toLowerCase() !== '.ics') throw new UsageError('--out må slutte på .ics.');
    const language = parseLanguage(values.lang);
    const result = await withCliContext(values.data, async (ctx) => {
      await warnAboutCaseData(ctx, { path }, io, inCalendar);
      return call(ctx, 'wheel.exportCalendar', {
        path,
        out,
        ...(language ? { language } : {}),
        ...(today ? { today } : {}),
        ...(values.municipality ? { municipality: values.municipality } : {}),
      });
    });
    io.out(`Lagret kalenderfilen i ${result.savedPath ?? out}`);
    return 0;
  },
};
