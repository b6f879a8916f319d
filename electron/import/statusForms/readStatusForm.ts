import ExcelJS from 'exceljs';
import { periodLabel } from '../../../core/labels/domainLabels';
import { measureNumbers } from '../../../core/plan/numbering';
import { findPeriod } from '../../../core/reporting/periods';
import type { Plan } from '../../../core/schema/plan';
import type { ImportProblem, ImportRow, StatusImportPreview } from '../../../core/status/importSchema';
import { currentReport } from '../../../core/status/updates';
import { cellText } from '../../export/statusForms/cellValues';
import { FORM_MARKER, FORM_SHEET, FORM_VERSION } from '../../export/statusForms/layout';
import { checkWorkbookLimits, WorkbookTooLargeError } from '../workbookLimits';
import { readFormRow } from './formRow';
import { findHeaderRow, formColumns, readMeta } from './formSheet';

async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook | string> {
  const workbook = new ExcelJS.Workbook();
  try {
    await checkWorkbookLimits(bytes);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  } catch (error) {
    if (error instanceof WorkbookTooLargeError) return `«${fileName}» kan ikke leses. ${error.message}`;
    return `«${fileName}» er ikke et Excel-regneark (.xlsx) som Planhjulet kan lese. Bruk statusskjemaet som ble laget fra planen, og lagre det som .xlsx.`;
  }
}

/** Why the form cannot be read for this plan and period, if it cannot. */
function formMismatch(meta: Record<string, string>, fileName: string, plan: Plan, periodId: string) {
  if (meta.format !== FORM_MARKER) {
    return `«${fileName}» er ikke et statusskjema fra Planhjulet. Bruk skjemaet som ble laget fra planen (Eksporter statusskjemaer).`;
  }
  if (Number(meta.version) > FORM_VERSION) {
    return 'Skjemaet er laget av en nyere versjon av Planhjulet. Oppdater programmet.';
  }
  if (meta.planId !== plan.id) {
    return `Skjemaet hører til en annen plan («${meta.planTitle ?? 'ukjent'}»), ikke «${plan.title}». Importer det i riktig plan.`;
  }
  if (meta.periodId !== periodId) {
    return `Skjemaet gjelder ${periodLabel(meta.periodId ?? '')}, ikke ${periodLabel(periodId)}. Velg riktig periode, eller bruk skjemaet for ${periodLabel(periodId)}.`;
  }
  return null;
}

/**
 * Reads a filled-in status form and says what importing it would add to `plan` for `periodId`: one draft per
 * filled-in row, the rows left empty, every problem (with its row), and the conflicts with reports the plan
 * already has for the period. Changes nothing.
 */
export async function readStatusForm(
  bytes: Uint8Array,
  fileName: string,
  plan: Plan,
  periodId: string,
): Promise<StatusImportPreview> {
  const refuse = (message: string): StatusImportPreview => ({
    fileName,
    planId: plan.id,
    periodId,
    unitName: '',
    rows: [],
    unchanged: [],
    problems: [{ row: null, message }],
  });
  const workbook = await loadWorkbook(bytes, fileName);
  if (typeof workbook === 'string') return refuse(workbook);
  const meta = readMeta(workbook);
  const mismatch = formMismatch(meta, fileName, plan, periodId);
  if (mismatch) return refuse(mismatch);
  const period = findPeriod(plan, periodId);
  const sheet = workbook.getWorksheet(FORM_SHEET);
  if (!period || !sheet)
    return refuse(`Fant ikke arket «${FORM_SHEET}» i skjemaet. Bruk skjemaet slik det ble laget.`);
  const headerRow = findHeaderRow(sheet);
  if (headerRow === null)
    return refuse('Fant ikke overskriftsraden i skjemaet (kolonnen «Tiltaks-id» mangler).');
  const columns = formColumns(sheet, headerRow);
  const missingHeader = columns.missing();
  if (missingHeader)
    return refuse(`Kolonnen «${missingHeader}» mangler i skjemaet. Bruk skjemaet slik det ble laget.`);

  const numbers = measureNumbers(plan);
  const rows: ImportRow[] = [];
  const unchanged: StatusImportPreview['unchanged'] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();

  for (let r = headerRow + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const measureId = cellText(columns.at(row, 'measureId'));
    if (!measureId) continue;
    const measure = plan.measures.find((m) => m.id === measureId);
    const shownNumber = cellText(columns.at(row, 'number'));
    const measureNumber = numbers.get(measureId) ?? shownNumber;
    const where = `Rad ${r} (tiltak ${measureNumber})`;
    if (!measure) {
      problems.push({ row: r, message: `Rad ${r}: tiltak ${shownNumber} finnes ikke lenger i planen.` });
      continue;
    }
    const earlier = seen.get(measureId);
    if (earlier !== undefined) {
      problems.push({
        row: r,
        message: `${where}: tiltaket står også på rad ${earlier}. Fjern den ene raden.`,
      });
      continue;
    }
    seen.set(measureId, r);

    const reading = readFormRow({ row, columns, measure, periodId, periodEnd: period.end, where });
    if (reading.kind !== 'draft') {
      problems.push(...reading.problems.map((message) => ({ row: r, message })));
      if (reading.kind === 'unchanged') unchanged.push({ row: r, measureNumber });
      continue;
    }
    const existing = currentReport(plan, measureId, periodId);
    rows.push({
      row: r,
      measureId,
      measureNumber,
      measureTitle: measure.title,
      draft: reading.draft,
      ...(existing ? { conflict: { existing } } : {}),
    });
  }

  return { fileName, planId: plan.id, periodId, unitName: meta.unitName ?? '', rows, unchanged, problems };
}
