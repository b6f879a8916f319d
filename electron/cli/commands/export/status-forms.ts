import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { inStatusForms } from '../../../../core/quality/privacyRules';
import { call } from '../../../api/dispatch';
import { parseCommandArgs, requireString, singlePositional } from '../../args';
import type { CliCommand } from '../../command';
import { UsageError } from '../../command';
import { withCliContext } from '../../context';
import { warnAboutCaseData } from '../../privacyWarning';

export const statusFormsExport: CliCommand = {
  name: 'status-forms',
  summary: 'Ett statusskjema (XLSX) per ansvarlig enhet for en rapporteringsperiode',
  usage: 'status-forms PLAN --period ID --out MAPPE [--unit ENHET …] [--municipality KOMMUNE]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      period: { type: 'string' },
      out: { type: 'string' },
      unit: { type: 'string', multiple: true },
      municipality: { type: 'string' },
      data: { type: 'string' },
    });
    const path = resolve(singlePositional(positionals, 'planfil'));
    const periodId = requireString(values.period, '--period');
    const outDir = resolve(requireString(values.out, '--out'));
    await mkdir(outDir, { recursive: true });
    const result = await withCliContext(values.data, async (ctx) => {
      const doc = await call(ctx, 'plan.open', { path });
      let unitIds: Array<string | null> | undefined;
      if (values.unit) {
        unitIds = values.unit.map((name) => {
          const wanted = name.trim().toLocaleLowerCase('nb');
          const unit = doc.plan.units.find((u) => u.name.toLocaleLowerCase('nb') === wanted);
          if (!unit) {
            throw new UsageError(
              `Planen har ingen enhet som heter «${name}». Enhetene er: ${doc.plan.units.map((u) => u.name).join(', ')}.`,
            );
          }
          return unit.id;
        });
      }
      await warnAboutCaseData(ctx, { docId: doc.docId }, io, inStatusForms);
      return call(ctx, 'statusForms.export', {
        docId: doc.docId,
        periodId,
        outDir,
        ...(unitIds ? { unitIds } : {}),
        ...(values.municipality ? { municipality: values.municipality } : {}),
      });
    });
    for (const file of result.files) io.out(file.savedPath ?? file.fileName);
    io.out(`${result.files.length} statusskjema${result.files.length === 1 ? '' : 'er'} lagret i ${outDir}`);
    return 0;
  },
};
