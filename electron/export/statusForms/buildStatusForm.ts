import ExcelJS from 'exceljs';
import { periodLabel } from '../../../core/labels/domainLabels';
import { message } from '../../../core/messages/message';
import { PlanOperationError } from '../../../core/plan/errors';
import { findPeriod } from '../../../core/reporting/periods';
import type { Measure } from '../../../core/schema/measure';
import type { Plan } from '../../../core/schema/plan';
import { statusRound } from '../../../core/status/round';
import { safeText } from '../../../core/text/safeText';
import { type DocumentLanguage, documentLanguageOf } from '../docx/labels';
import { validationFor } from './answerCells';
import { type Column, excelDate, formColumns } from './columns';
import { statusFormFileName } from './fileName';
import { FORM_TEXTS } from './formTexts';
import { DATE_FORMAT, FORM_MARKER, FORM_SHEET, FORM_VERSION, HEADER_ROW, META_SHEET } from './layout';

export interface StatusForm {
  unitId: string | null;
  unitName: string;
  fileName: string;
  bytes: Uint8Array;
}

const READ_ONLY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };
const EDITABLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF6CC' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1E3A5F' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFB0B0B0' } };

/** Roughly how many lines a text takes in a wrapped column of `width` characters. */
function wrappedLines(text: string, width: number): number {
  return text
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / (width * 1.05))), 0);
}

/** Every text the form holds goes through the one sanitiser: a spreadsheet is XML inside a zip. */
function writable(value: ExcelJS.CellValue): ExcelJS.CellValue {
  return typeof value === 'string' ? safeText(value) : value;
}

/**
 * One status form per lead owner unit for a reporting period: the measures that need a report (or already
 * have one this period), what was last reported, and yellow columns to fill in. Returns one XLSX per owner
 * in plan order; `unitIds` limits it to those owners (`null` for measures without an owner).
 */
export async function buildStatusForms(
  plan: Plan,
  periodId: string,
  now: Date,
  unitIds?: ReadonlyArray<string | null>,
): Promise<StatusForm[]> {
  const round = statusRound(plan, periodId);
  const forms: StatusForm[] = [];
  for (const owner of round.owners) {
    if (unitIds && !unitIds.includes(owner.unitId)) continue;
    const ids = new Set([...owner.reported, ...owner.missing].map((m) => m.measureId));
    const measures = plan.measures.filter((m) => ids.has(m.id));
    const ordered = [...owner.reported, ...owner.missing]
      .sort(
        (a, b) =>
          plan.measures.findIndex((m) => m.id === a.measureId) -
          plan.measures.findIndex((m) => m.id === b.measureId),
      )
      .map((r) => ({ measure: measures.find((m) => m.id === r.measureId) as Measure, number: r.number }));
    if (ordered.length === 0) continue;
    const bytes = await buildOneForm(plan, periodId, owner.unitId, owner.unitName, ordered, now);
    forms.push({
      unitId: owner.unitId,
      unitName: owner.unitName,
      fileName: statusFormFileName(periodId, owner.unitName),
      bytes,
    });
  }
  return forms;
}

/** The sheet's first lines: title, plan, period and deadline, and how to fill in the form. */
function writeIntro(
  sheet: ExcelJS.Worksheet,
  plan: Plan,
  period: { id: string; start: string; end: string; collectionDeadline: string },
  unitName: string,
  lastColumn: number,
) {
  const intro = [
    `Statusskjema ${periodLabel(period.id)} – ${unitName}`,
    ...FORM_TEXTS[documentLanguageOf(plan)].intro({
      planTitle: plan.title,
      municipality: plan.municipality.name,
      start: period.start,
      end: period.end,
      deadline: period.collectionDeadline,
      coordinator: plan.coordinator.name,
    }),
  ];
  intro.forEach((text, i) => {
    const row = sheet.getRow(i + 1);
    sheet.mergeCells(i + 1, 2, i + 1, Math.min(lastColumn, 14));
    const cell = row.getCell(2);
    cell.value = writable(text);
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.font = i === 0 ? { bold: true, size: 16 } : { size: 11 };
    row.height = i === 0 ? 26 : 30;
  });
}

function writeHeader(sheet: ExcelJS.Worksheet, columns: readonly Column[]) {
  const header = sheet.getRow(HEADER_ROW);
  columns.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    cell.value = column.header;
    cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = column.width;
    if (column.hidden) sheetColumn.hidden = true;
  });
  header.height = 32;
}

/** One row per measure: grey locked context, yellow answer cells with their lists, tall enough for its text. */
function writeMeasureRow(
  row: ExcelJS.Row,
  columns: readonly Column[],
  measure: Measure,
  periodEnd: string,
  language: DocumentLanguage,
) {
  let lines = 3;
  columns.forEach((column, c) => {
    const cell = row.getCell(c + 1);
    cell.value = writable(column.value(measure));
    if (typeof cell.value === 'string' && !column.hidden) {
      lines = Math.max(lines, wrappedLines(cell.value, column.width));
    }
    const inactiveIndicator =
      column.key.startsWith('indicatorValue') && !measure.indicators[Number(column.key.slice(14)) - 1];
    const editable = column.editable && !inactiveIndicator;
    cell.protection = { locked: !editable };
    cell.fill = editable ? EDITABLE_FILL : READ_ONLY_FILL;
    cell.alignment = { wrapText: true, vertical: 'top' };
    cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
    if (column.key === 'deadline' || column.key === 'asOf') cell.numFmt = DATE_FORMAT;
    if (column.key === 'asOf') cell.value = excelDate(periodEnd);
    const validation = validationFor(column.key, language);
    if (validation) cell.dataValidation = validation;
  });
  row.height = Math.min(400, lines * 13 + 6);
}

/** The hidden sheet that tells the importer which plan, period and owner the form belongs to. */
async function writeMeta(workbook: ExcelJS.Workbook, facts: Array<[string, string]>) {
  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  facts.forEach(([key, value], i) => {
    meta.getCell(i + 1, 1).value = key;
    meta.getCell(i + 1, 2).value = writable(value);
  });
  await meta.protect('', {});
}

async function buildOneForm(
  plan: Plan,
  periodId: string,
  unitId: string | null,
  unitName: string,
  rows: Array<{ measure: Measure; number: string }>,
  now: Date,
): Promise<Uint8Array> {
  const period = findPeriod(plan, periodId);
  if (!period) throw new PlanOperationError(message('status.period-not-in-plan', { period: periodId }));
  const columns = formColumns(plan, periodId, rows);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Planhjulet';
  workbook.created = now;
  workbook.modified = now;
  const sheet = workbook.addWorksheet(FORM_SHEET, {
    views: [{ state: 'frozen', xSplit: 3, ySplit: HEADER_ROW }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.properties.defaultRowHeight = 30;
  const lastColumn = columns.length;
  writeIntro(sheet, plan, { ...period, id: periodId }, unitName, lastColumn);
  writeHeader(sheet, columns);
  rows.forEach(({ measure }, r) => {
    writeMeasureRow(sheet.getRow(HEADER_ROW + 1 + r), columns, measure, period.end, documentLanguageOf(plan));
  });
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 2 }, to: { row: HEADER_ROW, column: lastColumn } };
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    sort: false,
  });
  await writeMeta(workbook, [
    ['format', FORM_MARKER],
    ['version', String(FORM_VERSION)],
    ['planId', plan.id],
    ['planTitle', plan.title],
    ['periodId', periodId],
    ['unitId', unitId ?? ''],
    ['unitName', unitName],
    ['exportedAt', now.toISOString()],
  ]);

  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
