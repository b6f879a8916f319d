import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { STATUS_LABELS } from '../../../core/labels/domainLabels';
import type { StatusImportPreview } from '../../../core/status/importSchema';
import type { StatusRound } from '../../../core/status/roundSchema';
import type { HostContext } from '../../api/createContext';
import { call } from '../../api/dispatch';
import { parseCommandArgs, parseToday, requireString, singlePositional } from '../args';
import { type CliCommand, type CliIo, UsageError } from '../command';
import { withCliContext } from '../context';
import { cliLanguage, cliText, inPlanLanguage } from '../planLanguage';

const shortDate = (iso: string) => format(parseISO(iso), 'd.M.yyyy');

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'Statusrunde for en periode, eller importer et utfylt statusskjema',
  usage:
    'status PLAN --period ID [--import SKJEMA.xlsx [--on-conflict keep|correct] [--dry-run]] [--as-of|--today ÅÅÅÅ-MM-DD] [--municipality KOMMUNE]',
  async run(args, io) {
    const { positionals, values } = parseCommandArgs(args, {
      period: { type: 'string' },
      import: { type: 'string' },
      'on-conflict': { type: 'string' },
      'dry-run': { type: 'boolean' },
      'as-of': { type: 'string' },
      today: { type: 'string' },
      municipality: { type: 'string' },
      data: { type: 'string' },
    });
    const asOf = values['as-of'] ?? parseToday(values.today);
    const path = resolve(singlePositional(positionals, 'planfil'));
    const periodId = requireString(values.period, '--period');
    const onConflict = values['on-conflict'];
    if (onConflict !== undefined && onConflict !== 'keep' && onConflict !== 'correct') {
      throw new UsageError(
        '--on-conflict må være keep (behold rapporten som finnes) eller correct (legg til som retting).',
      );
    }
    if (!values.import) {
      return withCliContext(values.data, async (ctx) => {
        const doc = await call(ctx, 'plan.open', { path });
        const language = cliLanguage(doc.plan.language);
        return inPlanLanguage(language, async () => {
          const municipality = values.municipality ? { municipality: values.municipality } : {};
          printRound(await call(ctx, 'status.round', { docId: doc.docId, periodId, ...municipality }), io);
          const checks = await call(ctx, 'status.checks', {
            docId: doc.docId,
            periodId,
            ...(asOf ? { asOf } : {}),
          });
          // Missing reports are listed above, by owner.
          const findings = checks.findings.filter((f) => f.kind !== 'no-report');
          io.out('');
          io.out(`Å se på før rapporten går videre (per ${shortDate(checks.asOf)}): ${findings.length}`);
          for (const f of findings) {
            const found = cliText(f.text, f.message, language);
            const action = cliText(f.actionText, f.suggestedAction, language);
            io.out(`  ${f.measureNumber} ${f.measureTitle}: ${found} ${action}`);
          }
          return 0;
        });
      });
    }
    const formPath = resolve(values.import);
    let bytes: Buffer;
    try {
      bytes = await readFile(formPath);
    } catch {
      throw new UsageError(`Fant ikke skjemaet ${formPath}.`);
    }
    const file = { name: basename(formPath), base64: bytes.toString('base64') };
    return withCliContext(values.data, (ctx) =>
      importForm(ctx, io, { path, periodId, file, onConflict, dryRun: values['dry-run'] === true }),
    );
  },
};

async function importForm(
  ctx: HostContext,
  io: CliIo,
  options: {
    path: string;
    periodId: string;
    file: { name: string; base64: string };
    onConflict: 'keep' | 'correct' | undefined;
    dryRun: boolean;
  },
): Promise<number> {
  const doc = await call(ctx, 'plan.open', { path: options.path });
  return inPlanLanguage(cliLanguage(doc.plan.language), () => importOpenForm(ctx, io, doc, options));
}

async function importOpenForm(
  ctx: HostContext,
  io: CliIo,
  doc: { docId: string; path: string },
  options: {
    periodId: string;
    file: { name: string; base64: string };
    onConflict: 'keep' | 'correct' | undefined;
    dryRun: boolean;
  },
): Promise<number> {
  const preview = await call(ctx, 'statusForms.preview', {
    docId: doc.docId,
    periodId: options.periodId,
    file: options.file,
  });
  if (preview.problems.length > 0) {
    io.err(
      `«${preview.fileName}» kan ikke importeres (${preview.problems.length} feil). Ingenting er endret.`,
    );
    for (const problem of preview.problems) io.err(`  ${problem.message}`);
    return 1;
  }
  printPreview(preview, io);
  const conflicts = preview.rows.filter((r) => r.conflict);
  if (conflicts.length > 0 && !options.onConflict) {
    io.err(
      `${conflicts.length} tiltak har allerede en rapport for perioden. Velg med --on-conflict keep (behold den som finnes) eller --on-conflict correct (legg til skjemaets rapport som en retting). Ingenting er endret.`,
    );
    return 1;
  }
  if (options.dryRun) {
    io.out('Prøvekjøring: ingenting er lagret.');
    return 0;
  }
  const choice = options.onConflict === 'correct' ? 'add-as-correction' : 'keep-existing';
  const imported = await call(ctx, 'statusForms.import', {
    docId: doc.docId,
    periodId: options.periodId,
    file: options.file,
    choices: conflicts.map((c) => ({ measureId: c.measureId, choice })),
  });
  await call(ctx, 'plan.flush', { docId: doc.docId });
  const { added, corrected, kept } = imported.result;
  io.out(
    `Importert: ${added} nye rapporter, ${corrected} rettet, ${kept} beholdt som før. Lagret i ${doc.path}`,
  );
  return 0;
}

function printPreview(preview: StatusImportPreview, io: CliIo): void {
  io.out(
    `${preview.fileName} (${preview.unitName}): ${preview.rows.length} utfylt, ${preview.unchanged.length} tomme rader`,
  );
  for (const row of preview.rows) {
    const conflict = row.conflict
      ? ` – har allerede «${STATUS_LABELS[row.conflict.existing.status].nb}» for perioden`
      : '';
    io.out(
      `  Rad ${row.row}: ${row.measureNumber} ${row.measureTitle}: ${STATUS_LABELS[row.draft.status].nb}${conflict}`,
    );
  }
}

function printRound(round: StatusRound, io: CliIo): void {
  const needed = round.reported + round.missing;
  io.out(
    `${round.periodLabel} (${shortDate(round.start)}–${shortDate(round.end)}), frist for status ${shortDate(round.collectionDeadline)}: ${round.reported} av ${needed} tiltak har rapportert, ${round.missing} mangler${round.closed ? ` (${round.closed} ferdige tiltak trenger ikke rapport)` : ''}.`,
  );
  for (const owner of round.owners) {
    if (owner.missing.length === 0) continue;
    io.out(`  ${owner.unitName}: ${owner.missing.map((m) => `${m.number} ${m.title}`).join('; ')}`);
  }
}
