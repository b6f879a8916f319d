import { resolve } from 'node:path';
import { inStatusForms } from '../../../../core/quality/privacyRules';
import { call } from '../../../api/dispatch';
import { parseCommandArgs, requireString, singlePositional } from '../../args';
import type { CliCommand } from '../../command';
import { withCliContext } from '../../context';
import { warnAboutCaseData } from '../../privacyWarning';

/** `export reminders PLAN --period ID --out DIR [--only-missing]`: one e-mail draft (.eml) per owner. */
export const remindersExport: CliCommand = {
  name: 'reminders',
  summary: 'E-postutkast (.eml) med statusskjemaet vedlagt, ett per ansvarlig enhet',
  usage: 'reminders PLAN --period ID --out MAPPE [--only-missing]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      period: { type: 'string' },
      out: { type: 'string' },
      'only-missing': { type: 'boolean' },
      data: { type: 'string' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const periodId = requireString(values.period, '--period');
    const outDir = resolve(requireString(values.out, '--out'));
    const onlyMissing = values['only-missing'] === true;
    const result = await withCliContext(values.data, async (ctx) => {
      const doc = await call(ctx, 'plan.open', { path });
      // The drafts carry each owner's status form.
      await warnAboutCaseData(ctx, { docId: doc.docId }, io, inStatusForms);
      return call(ctx, 'status.reminders', { docId: doc.docId, periodId, onlyMissing, outDir });
    });
    result.files.forEach((file, i) => {
      const draft = result.drafts[i];
      const to = draft && draft.recipients.length > 0 ? draft.recipients.join(', ') : 'e-postadresse mangler';
      io.out(`${file.savedPath ?? file.fileName} (til: ${to})`);
    });
    const without = result.drafts.filter((d) => d.recipients.length === 0).map((d) => d.unitName);
    io.out(`${result.files.length} e-postutkast lagret i ${outDir}`);
    if (without.length > 0) {
      io.out(`Mangler e-postadresse (utkastet har ingen mottaker): ${without.join(', ')}`);
    }
    return 0;
  },
};
