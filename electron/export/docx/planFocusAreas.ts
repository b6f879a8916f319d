import type { FileChild } from 'docx';
import type { FocusArea } from '../../../core/schema/focusArea';
import type { Plan } from '../../../core/schema/plan';
import { safeLine } from '../../../core/text/safeText';
import { type DocumentLanguage, EXPORT_LABELS } from './labels';
import { indicatorTable, measureFacts, reportingLine } from './measureFacts';
import { heading, line, paragraph, run, textParagraphs } from './text';

export interface PlanChapterContext {
  plan: Plan;
  language: DocumentLanguage;
  numbers: ReadonlyMap<string, string>;
  unitName: (id: string | undefined) => string;
}

/** «Satsingsområde 2: Forebygging», the chapter heading of a focus area. */
export function focusAreaTitle(plan: Plan, area: FocusArea, language: DocumentLanguage): string {
  const position = plan.focusAreas.indexOf(area) + 1;
  return `${EXPORT_LABELS[language].focusArea} ${position}: ${safeLine(area.title)}`;
}

function goalParagraphs(area: FocusArea, language: DocumentLanguage): FileChild[] {
  const labels = EXPORT_LABELS[language];
  const goals = area.goals.filter((g) => g.text.trim() !== '' || g.indicators.length > 0);
  if (goals.length === 0) return [];
  const children: FileChild[] = [heading(labels.goals, 2)];
  goals.forEach((goal, index) => {
    const prefix = goals.length > 1 ? `${labels.goals} ${index + 1}: ` : '';
    children.push(...textParagraphs(goal.text, {}, prefix ? [run(prefix, { bold: true })] : []));
    if (goal.indicators.length > 0) {
      children.push(indicatorTable(goal.indicators, language), paragraph([]));
    }
  });
  return children;
}

/** One focus area: background, challenges, goals with indicators, then each measure with its facts. */
export function focusAreaChapter(area: FocusArea, context: PlanChapterContext): FileChild[] {
  const { plan, language, numbers, unitName } = context;
  const labels = EXPORT_LABELS[language];
  const children: FileChild[] = [heading(focusAreaTitle(plan, area, language), 1, { pageBreakBefore: true })];
  if (area.background.trim())
    children.push(heading(labels.background, 2), ...textParagraphs(area.background));
  if (area.challenges.trim())
    children.push(heading(labels.challenges, 2), ...textParagraphs(area.challenges));
  children.push(...goalParagraphs(area, language));
  children.push(heading(labels.measures, 2));
  const measures = plan.measures.filter((m) => m.focusAreaId === area.id);
  if (measures.length === 0) children.push(line(labels.noMeasures, { run: { italics: true } }));
  const reporting = reportingLine(plan, language);
  for (const measure of measures) {
    children.push(heading(`${numbers.get(measure.id) ?? ''} ${safeLine(measure.title)}`.trim(), 3));
    children.push(...textParagraphs(measure.description, { keepNext: true }));
    const keepWithNext = measure.indicators.length > 0;
    children.push(...measureFacts(measure, { language, unitName, reporting, keepWithNext }));
    if (measure.indicators.length > 0) children.push(indicatorTable(measure.indicators, language));
  }
  return children;
}
