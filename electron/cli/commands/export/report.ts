import { resolve } from 'node:path';
import { call } from '../../../api/dispatch';
import { parseCommandArgs, requireString, singlePositional } from '../../args';
import { type CliCommand, UsageError } from '../../command';
import { withCliContext } from '../../context';
import { warnAboutCaseData } from '../../privacyWarning';
import { documentLanguage } from './plan';

export const reportExportCommand: CliCommand = {
  name: 'report',
  summary: 'Framdriftsrapport for én rapporteringsperiode som Word-dokument',
  usage:
    'report PLAN.planhjul.json --period ID --out RAPPORT.docx [--variant political|full] [--lang nb|nn] [--municipality KOMMUNE]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      period: { type: 'string' },
      out: { type: 'string' },
      variant: { type: 'string' },
      lang: { type: 'string' },
      municipality: { type: 'string' },
      data: { type: 'string' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const periodId = requireString(values.period, '--period');
    const outPath = resolve(requireString(values.out, '--out'));
    const variant = values.variant ?? 'full';
    if (variant !== 'political' && variant !== 'full') {
      throw new UsageError(
        `--variant må være political (politisk sammendrag) eller full, ikke «${variant}».`,
      );
    }
    const language = documentLanguage(values.lang);
    const delivery = await withCliContext(values.data, async (ctx) => {
      await warnAboutCaseData(ctx, { path }, io);
      return call(ctx, 'export.report', {
        source: { path },
        periodId,
        variant,
        outPath,
        ...(language ? { language } : {}),
        ...(values.municipality ? { municipality: values.municipality } : {}),
      });
    });
    io.out(`Lagret framdriftsrapporten som Word-dokument: ${delivery.savedPath ?? outPath}`);
    return 0;
  },
};
