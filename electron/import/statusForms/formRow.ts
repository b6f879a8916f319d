import type ExcelJS from 'exceljs';
import { STATUS_LABELS } from '../../../core/labels/domainLabels';
import type { Measure } from '../../../core/schema/measure';
import { REPORTABLE_STATUSES, type ReportableStatus, StatusDraft } from '../../../core/status/draft';
import type { DocumentLanguage } from '../../export/docx/labels';
import { cellDate, cellText } from '../../export/statusForms/cellValues';
import { type FixedColumnKey, indicatorHeaders, NO, YES } from '../../export/statusForms/layout';
import { isDerivedStatusLabel, normaliseAnswer, type Risk, riskOfLabel, statusOfLabel } from './formLabels';
import type { FormColumns } from './formSheet';

/** What one measure's row of a filled-in form says: nothing, a draft report, or what is wrong with it. */
export type RowReading =
  /** Left empty (an indicator value for no indicator is still a problem). */
  | { kind: 'unchanged'; problems: string[] }
  | { kind: 'problems'; problems: string[] }
  | { kind: 'draft'; draft: StatusDraft };

interface RowContext {
  row: ExcelJS.Row;
  columns: FormColumns;
  measure: Measure;
  periodId: string;
  periodEnd: string;
  /** How the row is named in messages: «Rad 12 (tiltak 2.3)». */
  where: string;
}

function readIndicatorValues({ row, columns, measure, where }: RowContext) {
  const values: Array<{ indicatorId: string; value: string }> = [];
  const problems: string[] = [];
  for (let n = 1; columns.has(indicatorHeaders(n).value); n += 1) {
    const headers = indicatorHeaders(n);
    const value = cellText(columns.at(row, headers.value));
    const indicatorId = columns.has(headers.id) ? cellText(columns.at(row, headers.id)) : '';
    if (!value) continue;
    if (!indicatorId || !measure.indicators.some((i) => i.id === indicatorId)) {
      problems.push(`${where}: «${headers.value}» er fylt ut, men tiltaket har ingen slik indikator.`);
      continue;
    }
    values.push({ indicatorId, value: value.slice(0, 500) });
  }
  return { values, problems };
}

function readStatus(
  statusText: string,
  where: string,
  language: DocumentLanguage,
): { status?: ReportableStatus; problem?: string } {
  if (!statusText) return { problem: `${where}: velg en status.` };
  if (isDerivedStatusLabel(statusText)) {
    return {
      problem: `${where}: «${statusText}» settes automatisk når «Gjennomført» kommer etter fristen. Velg «Gjennomført».`,
    };
  }
  const status = statusOfLabel(statusText);
  if (status) return { status };
  return {
    problem: `${where}: «${statusText}» er ikke en status Planhjulet kjenner. Velg en fra listen: ${REPORTABLE_STATUSES.map((s) => STATUS_LABELS[s][language]).join(', ')}.`,
  };
}

/** Reads one measure's row; the row's measure is known and appears once in the form. */
export function readFormRow(context: RowContext): RowReading {
  const { row, columns, measure, periodId, periodEnd, where } = context;
  const text = (key: FixedColumnKey) => cellText(columns.at(row, key));
  const statusText = text('status');
  const narrative = text('narrative');
  const nextStep = text('nextStep');
  const riskText = text('risk');
  const decisionText = text('decisionNeeded');
  const decisionWhat = text('decisionText');
  const reason = text('reason');
  const reportedBy = text('reportedBy');
  const indicators = readIndicatorValues(context);

  const filled =
    [statusText, narrative, nextStep, riskText, decisionWhat, reason].some(Boolean) ||
    (decisionText !== '' && normaliseAnswer(decisionText) !== normaliseAnswer(NO)) ||
    indicators.values.length > 0;
  if (!filled) return { kind: 'unchanged', problems: indicators.problems };

  const problems = [...indicators.problems];
  const { status, problem } = readStatus(statusText, where, columns.language);
  if (problem) problems.push(problem);
  const asOf = cellDate(columns.at(row, 'asOf'));
  if (asOf === null)
    problems.push(`${where}: «${columns.headerOf('asOf')}» er ikke en dato. Skriv den som dd.mm.åååå.`);
  let risk: Risk | undefined;
  if (riskText) {
    risk = riskOfLabel(riskText);
    if (!risk) problems.push(`${where}: risiko «${riskText}» er ukjent. Skriv Lav, Middels eller Høy.`);
  }
  let decisionNeeded = decisionWhat.length > 0;
  if (decisionText) {
    const answer = normaliseAnswer(decisionText);
    if (answer === normaliseAnswer(YES)) decisionNeeded = true;
    else if (answer === normaliseAnswer(NO)) decisionNeeded = false;
    else
      problems.push(
        `${where}: «${columns.headerOf('decisionNeeded')}» må være Ja eller Nei, ikke «${decisionText}».`,
      );
  }
  if (decisionNeeded && !decisionWhat) problems.push(`${where}: skriv hvilket vedtak tiltaket trenger.`);
  if (status && (status === 'changed' || status === 'stopped') && !reason) {
    problems.push(
      `${where}: «${statusText}» krever en begrunnelse. Skriv den i kolonnen «${columns.headerOf('reason')}».`,
    );
  }
  if (problems.length > 0 || !status) return { kind: 'problems', problems };

  const draft = StatusDraft.safeParse({
    measureId: measure.id,
    periodId,
    status,
    asOf: asOf ?? periodEnd,
    narrative,
    nextStep,
    reason,
    ...(risk ? { risk } : {}),
    decisionNeeded: { needed: decisionNeeded, text: decisionNeeded ? decisionWhat : '' },
    indicatorValues: indicators.values,
    reportedBy: reportedBy.slice(0, 500),
  });
  if (!draft.success) {
    return { kind: 'problems', problems: draft.error.issues.map((issue) => `${where}: ${issue.message}`) };
  }
  return { kind: 'draft', draft: draft.data };
}
