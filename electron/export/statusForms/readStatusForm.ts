import ExcelJS from 'exceljs';
import { periodLabel, STATUS_LABELS } from '../../../core/labels/domainLabels';
import { measureNumbers } from '../../../core/plan/numbering';
import { findPeriod } from '../../../core/reporting/periods';
import type { Plan } from '../../../core/schema/plan';
import { REPORTABLE_STATUSES, type ReportableStatus, StatusDraft } from '../../../core/status/draft';
import type { ImportProblem, ImportRow, StatusImportPreview } from '../../../core/status/importSchema';
import { RISK_LABELS } from '../../../core/status/riskLabels';
import { currentReport } from '../../../core/status/updates';
import { checkWorkbookLimits, WorkbookTooLargeError } from '../../import/workbookLimits';
import { cellDate, cellText } from './cellValues';
import {
  FORM_MARKER,
  FORM_SHEET,
  FORM_VERSION,
  indicatorHeaders,
  LEADING_COLUMNS,
  META_SHEET,
  NO,
  TRAILING_COLUMNS,
  YES,
} from './layout';

const normalise = (text: string) =>
  text
    .normalize('NFC')
    .toLocaleLowerCase('nb')
    .replace(/[‐‑‒–—−-]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();

/** Status labels people may type or pick (Bokmål and Nynorsk), to the status they mean. */
const STATUS_BY_LABEL = new Map<string, ReportableStatus>(
  REPORTABLE_STATUSES.flatMap((s) => [
    [normalise(STATUS_LABELS[s].nb), s] as const,
    [normalise(STATUS_LABELS[s].nn), s] as const,
  ]),
);
const DERIVED_LABELS = new Set([
  normalise(STATUS_LABELS['done-late'].nb),
  normalise(STATUS_LABELS['done-late'].nn),
]);
const RISK_BY_LABEL = new Map(
  Object.entries(RISK_LABELS).flatMap(([risk, l]) => [
    [normalise(l.nb), risk as 'low' | 'medium' | 'high'] as const,
    [normalise(l.nn), risk as 'low' | 'medium' | 'high'] as const,
  ]),
);

function refuse(fileName: string, plan: Plan, periodId: string, message: string): StatusImportPreview {
  return {
    fileName,
    planId: plan.id,
    periodId,
    unitName: '',
    rows: [],
    unchanged: [],
    problems: [{ row: null, message }],
  };
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
  const workbook = new ExcelJS.Workbook();
  try {
    await checkWorkbookLimits(bytes);
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    if (error instanceof WorkbookTooLargeError) {
      return refuse(fileName, plan, periodId, `«${fileName}» kan ikke leses. ${error.message}`);
    }
    return refuse(
      fileName,
      plan,
      periodId,
      `«${fileName}» er ikke et Excel-regneark (.xlsx) som Planhjulet kan lese. Bruk statusskjemaet som ble laget fra planen, og lagre det som .xlsx.`,
    );
  }
  const meta = readMeta(workbook);
  if (meta.format !== FORM_MARKER) {
    return refuse(
      fileName,
      plan,
      periodId,
      `«${fileName}» er ikke et statusskjema fra Planhjulet. Bruk skjemaet som ble laget fra planen (Eksporter statusskjemaer).`,
    );
  }
  if (Number(meta.version) > FORM_VERSION) {
    return refuse(
      fileName,
      plan,
      periodId,
      'Skjemaet er laget av en nyere versjon av Planhjulet. Oppdater programmet.',
    );
  }
  if (meta.planId !== plan.id) {
    return refuse(
      fileName,
      plan,
      periodId,
      `Skjemaet hører til en annen plan («${meta.planTitle ?? 'ukjent'}»), ikke «${plan.title}». Importer det i riktig plan.`,
    );
  }
  if (meta.periodId !== periodId) {
    return refuse(
      fileName,
      plan,
      periodId,
      `Skjemaet gjelder ${periodLabel(meta.periodId ?? '')}, ikke ${periodLabel(periodId)}. Velg riktig periode, eller bruk skjemaet for ${periodLabel(periodId)}.`,
    );
  }
  const period = findPeriod(plan, periodId);
  const sheet = workbook.getWorksheet(FORM_SHEET);
  if (!period || !sheet) {
    return refuse(
      fileName,
      plan,
      periodId,
      `Fant ikke arket «${FORM_SHEET}» i skjemaet. Bruk skjemaet slik det ble laget.`,
    );
  }

  const headerRow = findHeaderRow(sheet);
  if (headerRow === null) {
    return refuse(
      fileName,
      plan,
      periodId,
      'Fant ikke overskriftsraden i skjemaet (kolonnen «Tiltaks-id» mangler).',
    );
  }
  const columns = new Map<string, number>();
  sheet.getRow(headerRow).eachCell((cell, col) => {
    const text = cellText(cell.value);
    if (text) columns.set(text, col);
  });
  const missingHeader = [...LEADING_COLUMNS, ...TRAILING_COLUMNS].find((c) => !columns.has(c.header));
  if (missingHeader) {
    return refuse(
      fileName,
      plan,
      periodId,
      `Kolonnen «${missingHeader.header}» mangler i skjemaet. Bruk skjemaet slik det ble laget.`,
    );
  }
  const at = (row: ExcelJS.Row, header: string) => row.getCell(columns.get(header) as number).value;

  const numbers = measureNumbers(plan);
  const rows: ImportRow[] = [];
  const unchanged: StatusImportPreview['unchanged'] = [];
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();

  for (let r = headerRow + 1; r <= sheet.rowCount; r += 1) {
    const row = sheet.getRow(r);
    const measureId = cellText(at(row, 'Tiltaks-id'));
    if (!measureId) continue;
    const measure = plan.measures.find((m) => m.id === measureId);
    const shownNumber = cellText(at(row, 'Nr.'));
    const where = `Rad ${r} (tiltak ${numbers.get(measureId) ?? shownNumber})`;
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

    const statusText = cellText(at(row, 'Status'));
    const narrative = cellText(at(row, 'Beskrivelse (hva er gjort)'));
    const nextStep = cellText(at(row, 'Neste steg'));
    const riskText = cellText(at(row, 'Risiko'));
    const decisionText = cellText(at(row, 'Trenger vedtak'));
    const decisionWhat = cellText(at(row, 'Hvilket vedtak'));
    const reason = cellText(at(row, 'Begrunnelse'));
    const reportedBy = cellText(at(row, 'Rapportert av'));
    const indicatorValues: Array<{ indicatorId: string; value: string }> = [];
    for (let n = 1; columns.has(indicatorHeaders(n).value); n += 1) {
      const headers = indicatorHeaders(n);
      const value = cellText(at(row, headers.value));
      const indicatorId = columns.has(headers.id) ? cellText(at(row, headers.id)) : '';
      if (!value) continue;
      if (!indicatorId || !measure.indicators.some((i) => i.id === indicatorId)) {
        problems.push({
          row: r,
          message: `${where}: «${headers.value}» er fylt ut, men tiltaket har ingen slik indikator.`,
        });
        continue;
      }
      indicatorValues.push({ indicatorId, value: value.slice(0, 500) });
    }

    const filled =
      [statusText, narrative, nextStep, riskText, decisionWhat, reason].some(Boolean) ||
      (decisionText !== '' && normalise(decisionText) !== normalise(NO)) ||
      indicatorValues.length > 0;
    if (!filled) {
      unchanged.push({ row: r, measureNumber: numbers.get(measureId) ?? shownNumber });
      continue;
    }

    const rowProblems: string[] = [];
    let status: ReportableStatus | undefined;
    if (!statusText) rowProblems.push(`${where}: velg en status.`);
    else if (DERIVED_LABELS.has(normalise(statusText))) {
      rowProblems.push(
        `${where}: «${statusText}» settes automatisk når «Gjennomført» kommer etter fristen. Velg «Gjennomført».`,
      );
    } else {
      status = STATUS_BY_LABEL.get(normalise(statusText));
      if (!status) {
        rowProblems.push(
          `${where}: «${statusText}» er ikke en status Planhjulet kjenner. Velg en fra listen: ${REPORTABLE_STATUSES.map((s) => STATUS_LABELS[s].nb).join(', ')}.`,
        );
      }
    }
    const asOf = cellDate(at(row, 'Per dato'));
    if (asOf === null) rowProblems.push(`${where}: «Per dato» er ikke en dato. Skriv den som dd.mm.åååå.`);
    let risk: 'low' | 'medium' | 'high' | undefined;
    if (riskText) {
      risk = RISK_BY_LABEL.get(normalise(riskText));
      if (!risk) rowProblems.push(`${where}: risiko «${riskText}» er ukjent. Skriv Lav, Middels eller Høy.`);
    }
    let decisionNeeded = decisionWhat.length > 0;
    if (decisionText) {
      const answer = normalise(decisionText);
      if (answer === normalise(YES)) decisionNeeded = true;
      else if (answer === normalise(NO)) decisionNeeded = false;
      else rowProblems.push(`${where}: «Trenger vedtak» må være Ja eller Nei, ikke «${decisionText}».`);
    }
    if (decisionNeeded && !decisionWhat) rowProblems.push(`${where}: skriv hvilket vedtak tiltaket trenger.`);
    if (status && (status === 'changed' || status === 'stopped') && !reason) {
      rowProblems.push(
        `${where}: «${STATUS_LABELS[status].nb}» krever en begrunnelse. Skriv den i kolonnen «Begrunnelse».`,
      );
    }
    if (rowProblems.length > 0 || !status) {
      problems.push(...rowProblems.map((message) => ({ row: r, message })));
      continue;
    }
    const draft = StatusDraft.safeParse({
      measureId,
      periodId,
      status,
      asOf: asOf ?? period.end,
      narrative,
      nextStep,
      reason,
      ...(risk ? { risk } : {}),
      decisionNeeded: { needed: decisionNeeded, text: decisionNeeded ? decisionWhat : '' },
      indicatorValues,
      reportedBy: reportedBy.slice(0, 500),
    });
    if (!draft.success) {
      problems.push(
        ...draft.error.issues.map((issue) => ({ row: r, message: `${where}: ${issue.message}` })),
      );
      continue;
    }
    const existing = currentReport(plan, measureId, periodId);
    rows.push({
      row: r,
      measureId,
      measureNumber: numbers.get(measureId) ?? shownNumber,
      measureTitle: measure.title,
      draft: draft.data,
      ...(existing ? { conflict: { existing } } : {}),
    });
  }

  return { fileName, planId: plan.id, periodId, unitName: meta.unitName ?? '', rows, unchanged, problems };
}

function readMeta(workbook: ExcelJS.Workbook): Record<string, string> {
  const sheet = workbook.getWorksheet(META_SHEET);
  const facts: Record<string, string> = {};
  sheet?.eachRow((row) => {
    const key = cellText(row.getCell(1).value);
    if (key) facts[key] = cellText(row.getCell(2).value);
  });
  return facts;
}

function findHeaderRow(sheet: ExcelJS.Worksheet): number | null {
  for (let r = 1; r <= Math.min(sheet.rowCount, 30); r += 1) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= Math.min(row.cellCount, 5); c += 1) {
      if (cellText(row.getCell(c).value) === 'Tiltaks-id') return r;
    }
  }
  return null;
}
