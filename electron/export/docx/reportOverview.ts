import type { FileChild, ParagraphChild } from 'docx';
import { periodLabel } from '../../../core/labels/domainLabels';
import { measureTiming, shortDate } from './format';
import { type DocumentLanguage, EXPORT_LABELS, fill } from './labels';
import type { ReportedMeasure, ReportModel } from './reportModel';
import { LANDSCAPE_TEXT_WIDTH } from './styles';
import { type Column, dataTable, type RowSpec } from './tables';
import { heading, line, run } from './text';
import { statusRuns } from './trafficLight';

/** «● Pågår – i rute», then «per 31.12.2026» (or when it was last reported) in small grey. */
export function statusCell(entry: ReportedMeasure, language: DocumentLanguage): ParagraphChild[] {
  const labels = EXPORT_LABELS[language];
  const cell: ParagraphChild[] = statusRuns(entry.status, language);
  if (entry.update) {
    const when = entry.reportedThisPeriod
      ? `${labels.asOf} ${shortDate(entry.update.asOf)}`
      : fill(labels.lastReportedIn, { period: periodLabel(entry.update.periodId, language) });
    cell.push(run(when, { style: 'NoteSmall', break: 1 }));
  }
  return cell;
}

/** Every measure with owner, timing, status and next step, grouped by focus area; for a landscape page. */
export function reportOverview(
  model: ReportModel,
  language: DocumentLanguage,
  unitName: (id?: string) => string,
): FileChild[] {
  const labels = EXPORT_LABELS[language];
  const columns: Column[] = [
    { header: labels.number, share: 0.05 },
    { header: labels.measure, share: 0.27 },
    { header: labels.leadOwner, share: 0.15 },
    { header: labels.timing, share: 0.13 },
    { header: labels.status, share: 0.16 },
    { header: labels.nextStep, share: 0.24 },
  ];
  const rows: RowSpec[] = [];
  for (const area of model.areas) {
    if (area.measures.length === 0) continue;
    rows.push({ group: `${area.position} ${area.area.title}` });
    for (const entry of area.measures) {
      rows.push({
        cells: [
          entry.number,
          entry.measure.title,
          unitName(entry.measure.leadOwnerUnitId) || labels.notSet,
          measureTiming(entry.measure, language),
          statusCell(entry, language),
          entry.update?.nextStep ?? '',
        ],
      });
    }
  }
  if (model.measureCount === 0) {
    return [heading(labels.overview, 1), line(labels.noMeasuresInPlan, { run: { italics: true } })];
  }
  return [heading(labels.overview, 1), dataTable(columns, rows, { width: LANDSCAPE_TEXT_WIDTH })];
}
