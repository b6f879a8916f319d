import type { FileChild, TextRun } from 'docx';
import { periodLabel, STATUS_LABELS } from '../../../core/labels/domainLabels';
import type { StatusOrMissing } from '../../../core/status/summary';
import { safeLine } from '../../../core/text/safeText';
import { cachedStatusChartPng, STATUS_CHART_ORDER } from '../charts/statusChart';
import { figureParagraphs, type PngFigure } from './figure';
import { shortDate } from './format';
import { type DocumentLanguage, EXPORT_LABELS, fill } from './labels';
import type { ReportedMeasure, ReportModel } from './reportModel';
import { CM, COLORS } from './styles';
import { type Column, dataTable, type RowSpec } from './tables';
import { heading, line, paragraph, run, textParagraphs } from './text';
import { statusRuns } from './trafficLight';

/** The statuses that occur in the report, in the chart's order (finished first, not reported last). */
export function statusesInUse(model: ReportModel): StatusOrMissing[] {
  return STATUS_CHART_ORDER.filter((s) => model.totals[s] > 0);
}

function statusCountsText(
  counts: Readonly<Record<StatusOrMissing, number>>,
  language: DocumentLanguage,
): string {
  return STATUS_CHART_ORDER.filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${STATUS_LABELS[s][language].toLocaleLowerCase('nb')}`)
    .join(', ');
}

/** What a screen reader reads for the chart: every number in it. */
export function chartAltText(model: ReportModel, language: DocumentLanguage): string {
  const labels = EXPORT_LABELS[language];
  const areas = model.areas
    .filter((a) => a.total > 0)
    .map(
      (a) =>
        `${safeLine(a.area.title)} (${fill(labels.measuresCount, { count: a.total })}): ${statusCountsText(a.counts, language)}.`,
    );
  return [fill(labels.chartAlt, { date: shortDate(model.asOf) }), ...areas].join(' ');
}

export async function statusChartFigure(
  model: ReportModel,
  language: DocumentLanguage,
  cacheDir: string | undefined,
): Promise<PngFigure> {
  const chart = await cachedStatusChartPng(
    {
      rows: model.areas
        .filter((a) => a.total > 0)
        .map((a) => ({ label: `${a.position} ${a.area.title}`, counts: a.counts })),
      statusLabel: (s) => STATUS_LABELS[s][language],
    },
    cacheDir,
  );
  return { ...chart, altText: chartAltText(model, language) };
}

/**
 * Counts with a row per status (symbol and word, so the table reads without the chart's colours) and a column
 * per focus area, with totals. The area columns are headed by the areas' numbers, which never break, and a
 * key under the table names them: whole names in narrow header cells broke mid-word («forebyggi ng»).
 */
function countsTable(model: ReportModel, language: DocumentLanguage): FileChild[] {
  const labels = EXPORT_LABELS[language];
  const statuses = statusesInUse(model);
  const areas = model.areas.filter((a) => a.total > 0);
  const statusShare = 0.3;
  const numberShare = (1 - statusShare) / (areas.length + 1);
  const columns: Column[] = [
    { header: labels.status, share: statusShare },
    ...areas.map((a) => ({ header: String(a.position), share: numberShare })),
    { header: labels.total, share: numberShare },
  ];
  const count = (n: number) => (n === 0 ? '–' : String(n));
  const rows: RowSpec[] = statuses.map((s) => ({
    cells: [statusRuns(s, language), ...areas.map((a) => count(a.counts[s])), count(model.totals[s])],
  }));
  const bold = (text: string) => [run(text, { bold: true })];
  rows.push({
    cells: [bold(labels.total), ...areas.map((a) => bold(String(a.total))), bold(String(model.measureCount))],
  });
  const key = paragraph(
    [
      run(`${labels.areaColumnsKey} `),
      ...areas.flatMap((a, i) => [
        ...(i > 0 ? [run(' · ')] : []),
        run(`${a.position}`, { bold: true }),
        run(`\u00a0${safeLine(a.area.title)}`),
      ]),
    ],
    { style: 'SmallPrint', spacing: { before: 60 } },
  );
  return [dataTable(columns, rows), key];
}

function measureLine(entry: ReportedMeasure, language: DocumentLanguage, unitName: (id?: string) => string) {
  const owner = unitName(entry.measure.leadOwnerUnitId);
  const children: TextRun[] = [
    run(`${entry.number} ${safeLine(entry.measure.title)}`, { bold: true }),
    run('  '),
    ...statusRuns(entry.status, language),
  ];
  if (owner) children.push(run(`  (${owner})`, { color: COLORS.muted }));
  return paragraph(children, { keepNext: true, spacing: { before: 120, after: 40 } });
}

function indented(text: string) {
  return textParagraphs(text, { indent: { left: 0.6 * CM } });
}

function reasonOf(entry: ReportedMeasure): string {
  return entry.update?.reason.trim() || entry.update?.narrative.trim() || '';
}

/**
 * Page one of the report: the counts in a sentence, as a chart and as a table, then what needs a decision,
 * what is late or at risk, what changed or stopped, and what is due in the next period.
 */
export function reportSummary(
  model: ReportModel,
  language: DocumentLanguage,
  unitName: (id?: string) => string,
  chart: PngFigure | undefined,
): FileChild[] {
  const labels = EXPORT_LABELS[language];
  const children: FileChild[] = [heading(labels.summary, 1)];
  if (model.measureCount === 0) children.push(line(labels.noMeasuresInPlan, { run: { italics: true } }));
  else {
    children.push(
      paragraph([
        run(`${fill(labels.summaryLead, { total: model.measureCount })} `),
        run(`${fill(labels.ofWhich, { date: shortDate(model.asOf) })} `),
        run(`${statusCountsText(model.totals, language)}.`),
      ]),
    );
  }
  if (model.measureCount > 0 && chart) {
    children.push(
      ...figureParagraphs(chart, `${labels.figureStatus}: ${labels.chartCaption}`, labels.chartCaption),
      ...countsTable(model, language),
    );
  }

  children.push(heading(labels.decisionsNeeded, 2));
  if (model.decisions.length === 0) children.push(line(labels.noDecisions, { run: { italics: true } }));
  for (const entry of model.decisions) {
    children.push(
      measureLine(entry, language, unitName),
      ...indented(entry.update?.decisionNeeded.text ?? ''),
    );
  }

  children.push(heading(labels.delayed, 2));
  if (model.delayed.length === 0) children.push(line(labels.noDelayed, { run: { italics: true } }));
  for (const entry of model.delayed)
    children.push(measureLine(entry, language, unitName), ...indented(reasonOf(entry)));

  if (model.changedOrStopped.length > 0) {
    children.push(heading(labels.changedOrStopped, 2));
    for (const entry of model.changedOrStopped) {
      children.push(measureLine(entry, language, unitName), ...indented(reasonOf(entry)));
    }
  }

  if (model.missing.length > 0) {
    children.push(heading(labels.missingReports, 2));
    children.push(
      dataTable(
        [
          { header: labels.measure, share: 0.5 },
          { header: labels.leadOwner, share: 0.26 },
          { header: labels.lastReported, share: 0.24 },
        ],
        model.missing.map((entry) => ({
          cells: [
            `${entry.number} ${entry.measure.title}`,
            unitName(entry.measure.leadOwnerUnitId) || labels.notSet,
            entry.update ? periodLabel(entry.update.periodId, language) : labels.neverReported,
          ],
        })),
      ),
    );
  }

  const nextLabel = model.next ? ` (${periodLabel(model.next.id, language)})` : '';
  children.push(heading(`${labels.dueNextPeriod}${nextLabel}`, 2));
  if (!model.next) children.push(line(labels.noNextPeriod, { run: { italics: true } }));
  else if (model.dueNext.length === 0)
    children.push(line(labels.noDueNextPeriod, { run: { italics: true } }));
  else {
    children.push(
      dataTable(
        [
          { header: labels.deadline, share: 0.14 },
          { header: labels.measure, share: 0.56 },
          { header: labels.leadOwner, share: 0.3 },
        ],
        model.dueNext.map((item) => ({
          cells: [
            shortDate(item.date),
            `${item.entry.number} ${item.entry.measure.title}${item.milestone ? ` – ${labels.milestoneDue.toLocaleLowerCase('nb')}: ${item.milestone}` : ''}`,
            unitName(item.entry.measure.leadOwnerUnitId),
          ],
        })),
      ),
    );
  }
  return children;
}
