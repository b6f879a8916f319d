import { extname, resolve } from 'node:path';
import { inCalendar } from '../../../../core/quality/privacyRules';
import { call } from '../../../api/dispatch';
import { parseCommandArgs, parseToday, parseYear, requireString, singlePositional } from '../../args';
import { type CliCommand, UsageError } from '../../command';
import { withCliContext } from '../../context';
import { warnAboutCaseData } from '../../privacyWarning';
import { parseLanguage } from './language';

export const wheelExport: CliCommand = {
  name: 'wheel',
  summary: 'Årshjulet for ett år, eller fireårshjulet, som bilde (SVG eller PNG)',
  usage:
    'wheel PLAN.planhjul.json (--year ÅÅÅÅ | --four-year) --out FIL.svg|FIL.png [--lang nb|nn|en] [--today ÅÅÅÅ-MM-DD]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      year: { type: 'string' },
      out: { type: 'string' },
      lang: { type: 'string' },
      'four-year': { type: 'boolean' },
      today: { type: 'string' },
      municipality: { type: 'string' },
      data: { type: 'string' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const fourYear = values['four-year'] === true;
    if (fourYear === (values.year !== undefined)) {
      throw new UsageError('Oppgi enten --year ÅÅÅÅ (årshjulet) eller --four-year (fireårshjulet).');
    }
    const year = fourYear ? undefined : parseYear(requireString(values.year, '--year'), '--year');
    const today = parseToday(values.today);
    const out = resolve(requireString(values.out, '--out'));
    const format = extname(out).toLowerCase().slice(1);
    if (format !== 'svg' && format !== 'png') {
      throw new UsageError(`--out må slutte på .svg eller .png, ikke «${extname(out) || out}».`);
    }
    const language = parseLanguage(values.lang);
    const result = await withCliContext(values.data, async (ctx) => {
      // The four-year wheel shows the plan's dates only; the year's wheel shows its events and measures.
      if (year !== undefined) await warnAboutCaseData(ctx, { path }, io, inCalendar);
      return call(ctx, 'wheel.exportImage', {
        path,
        format,
        out,
        ...(year === undefined ? { fourYear: true } : { year }),
        ...(language ? { language } : {}),
        ...(values.municipality ? { municipality: values.municipality } : {}),
        ...(today ? { today } : {}),
      });
    });
    const what = year === undefined ? 'fireårshjulet' : `årshjulet for ${year}`;
    io.out(`Lagret ${what} i ${result.savedPath ?? out}`);
    return 0;
  },
};
