import type { FileChild } from 'docx';
import type { Plan } from '../../../core/schema/plan';
import { measureTiming } from './format';
import { type DocumentLanguage, EXPORT_LABELS } from './labels';
import { LANDSCAPE_TEXT_WIDTH } from './styles';
import { type Column, dataTable, type RowSpec } from './tables';
import { heading, line } from './text';

/** For a landscape page: Nr | Tiltak | Ansvarlig | Samarbeidspartnere | Tidsrom/frist for every measure, grouped by focus area. */
export function planSummaryTable(
  plan: Plan,
  language: DocumentLanguage,
  numbers: ReadonlyMap<string, string>,
  unitName: (id: string | undefined) => string,
): FileChild[] {
  const labels = EXPORT_LABELS[language];
  const columns: Column[] = [
    { header: labels.number, share: 0.05 },
    { header: labels.measure, share: 0.36 },
    { header: labels.leadOwner, share: 0.18 },
    { header: labels.partners, share: 0.26 },
    { header: labels.timing, share: 0.15 },
  ];
  const rows: RowSpec[] = [];
  plan.focusAreas.forEach((area, index) => {
    const measures = plan.measures.filter((m) => m.focusAreaId === area.id);
    if (measures.length === 0) return;
    rows.push({ group: `${index + 1} ${area.title}` });
    for (const measure of measures) {
      rows.push({
        cells: [
          numbers.get(measure.id) ?? '',
          measure.title,
          unitName(measure.leadOwnerUnitId) || labels.notSet,
          measure.partnerUnitIds.map(unitName).filter(Boolean).join(', '),
          measureTiming(measure, language),
        ],
      });
    }
  });
  if (plan.measures.length === 0) {
    return [heading(labels.summaryTable, 1), line(labels.noMeasuresInPlan, { run: { italics: true } })];
  }
  return [
    heading(labels.summaryTable, 1),
    line(labels.summaryTableIntro),
    dataTable(columns, rows, { width: LANDSCAPE_TEXT_WIDTH }),
  ];
}
