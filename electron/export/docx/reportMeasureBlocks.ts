import type { FileChild, ParagraphChild } from 'docx';
import type { Plan } from '../../../core/schema/plan';
import { safeLine } from '../../../core/text/safeText';
import { measureTiming } from './format';
import { type DocumentLanguage, EXPORT_LABELS } from './labels';
import { indicatorTable } from './measureFacts';
import { focusAreaTitle } from './planFocusAreas';
import type { ReportedMeasure, ReportModel } from './reportModel';
import { statusCell } from './reportOverview';
import { factLine, heading, line, run } from './text';

function measureBlock(
  entry: ReportedMeasure,
  language: DocumentLanguage,
  unitName: (id?: string) => string,
): FileChild[] {
  const labels = EXPORT_LABELS[language];
  const { measure, update } = entry;
  const facts: [string, string | ParagraphChild[]][] = [];
  if (measure.description.trim()) facts.push([labels.promise, measure.description]);
  facts.push([labels.leadOwner, unitName(measure.leadOwnerUnitId) || labels.notSet]);
  facts.push([labels.implementation, measureTiming(measure, language)]);
  facts.push([labels.status, statusCell(entry, language)]);
  if (update) {
    if (update.narrative.trim()) facts.push([labels.narrative, update.narrative]);
    if (update.reason.trim()) facts.push([labels.reason, update.reason]);
    if (update.nextStep.trim()) facts.push([labels.nextStep, update.nextStep]);
    if (update.risk) facts.push([labels.risk, labels.riskLevels[update.risk]]);
    if (update.decisionNeeded.needed) {
      facts.push([labels.decision, update.decisionNeeded.text.trim() || labels.decision]);
    }
  } else {
    facts.push([labels.narrative, [run(labels.notReportedThisPeriod, { italics: true })]]);
  }
  const hasIndicators = measure.indicators.length > 0;
  const children: FileChild[] = [heading(`${entry.number} ${safeLine(measure.title)}`, 2)];
  facts.forEach(([label, value], i) => {
    children.push(factLine(label, value, { keepNext: i < facts.length - 1 || hasIndicators }));
  });
  if (hasIndicators) {
    const values = new Map((update?.indicatorValues ?? []).map((v) => [v.indicatorId, v.value]));
    children.push(indicatorTable(measure.indicators, language, values));
  }
  return children;
}

/** The full report's body: every measure's block, focus area by focus area. */
export function reportMeasureBlocks(
  plan: Plan,
  model: ReportModel,
  language: DocumentLanguage,
  unitName: (id?: string) => string,
): FileChild[] {
  const labels = EXPORT_LABELS[language];
  return model.areas.flatMap((area, index) => [
    heading(focusAreaTitle(plan, area.area, language), 1, { pageBreakBefore: index > 0 }),
    ...(area.measures.length === 0 ? [line(labels.noMeasures, { run: { italics: true } })] : []),
    ...area.measures.flatMap((entry) => measureBlock(entry, language, unitName)),
  ]);
}
