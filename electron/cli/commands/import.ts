import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { RowProblem } from '../../../core/import/importPreview';
import { call } from '../../api/dispatch';
import { parseCommandArgs, requireString, singlePositional } from '../args';
import type { CliCommand } from '../command';
import { withCliContext } from '../context';
import { cliLanguage, cliText, inPlanLanguage } from '../planLanguage';

const where = (line: number | null) => (line === null ? '' : `linje ${line}: `);

/**
 * `import PLAN --measures FILE`: adds the measures of a CSV or XLSX list to the plan, all or nothing.
 * With any bad row it lists every one and exits 1, leaving the plan file as it was.
 */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Importer tiltak fra en CSV- eller Excel-liste (alt eller ingenting)',
  usage: 'import PLAN.planhjul.json --measures FIL.csv|FIL.xlsx',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      measures: { type: 'string' },
      data: { type: 'string' },
    });
    const planPath = resolve(singlePositional(positionals, 'planfil'));
    const filePath = resolve(requireString(values.measures, '--measures'));
    let bytes: Buffer;
    try {
      bytes = await readFile(filePath);
    } catch {
      io.err(`Fant ikke tiltakslisten ${filePath}.`);
      return 1;
    }
    const input = { fileName: basename(filePath), bytesBase64: bytes.toString('base64') };
    return withCliContext(values.data, async (ctx) => {
      const doc = await call(ctx, 'plan.open', { path: planPath });
      const language = cliLanguage(doc.plan.language);
      const said = (p: RowProblem) => `${where(p.line)}${cliText(p.text, p.message, language)}`;
      const preview = await call(ctx, 'measures.importPreview', { docId: doc.docId, ...input });
      if (!preview.canImport) {
        const rows = new Set(preview.problems.map((p) => p.line).filter((l) => l !== null)).size;
        io.err(
          rows > 0
            ? `Ingen tiltak ble importert: ${rows === 1 ? 'én rad' : `${rows} rader`} i ${input.fileName} har feil. Planen er ikke endret.`
            : `Ingen tiltak ble importert fra ${input.fileName}. Planen er ikke endret.`,
        );
        for (const problem of preview.problems) io.err(`  ${said(problem)}`);
        return 1;
      }
      const result = await inPlanLanguage(language, () =>
        call(ctx, 'measures.import', { docId: doc.docId, ...input }),
      );
      await call(ctx, 'plan.flush', { docId: doc.docId });
      io.out(
        `Importerte ${result.imported} tiltak fra ${input.fileName} til «${doc.plan.title}» (${doc.path}).`,
      );
      if (preview.newFocusAreas.length > 0)
        io.out(`Nye satsingsområder: ${preview.newFocusAreas.join(', ')}`);
      for (const match of preview.focusAreaMatches)
        io.out(`Satsingsområdet «${match.name}» i listen er lagt under «${match.focusArea}».`);
      if (preview.removedFocusAreas.length > 0)
        io.out(`Tomme satsingsområder fra malen er fjernet: ${preview.removedFocusAreas.join(', ')}`);
      if (preview.newUnits.length > 0) io.out(`Nye enheter: ${preview.newUnits.join(', ')}`);
      if (result.statusUpdates > 0)
        io.out(`Statusrapporter: ${result.statusUpdates} (periode ${result.periodId})`);
      for (const warning of preview.warnings) io.out(`Merk: ${said(warning)}`);
      return 0;
    });
  },
};
