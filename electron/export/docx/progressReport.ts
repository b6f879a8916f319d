import type { FileChild } from 'docx';
import { periodLabel } from '../../../core/labels/domainLabels';
import type { ReportingPeriod } from '../../../core/reporting/periods';
import type { Plan } from '../../../core/schema/plan';
import { type BodySection, buildDocument, packDocument } from './documentFrame';
import type { PngFigure } from './figure';
import { longDate, lowerFirst, shortDate, unitNamer, yearSpan } from './format';
import { grantsEndingSection } from './grantsEnding';
import { type DocumentLanguage, EXPORT_LABELS } from './labels';
import { municipalityLine, titlePage } from './planTitlePage';
import { reportMeasureBlocks } from './reportMeasureBlocks';
import { type ReportModel, reportModel } from './reportModel';
import { reportOverview } from './reportOverview';
import { reportSummary, statusChartFigure } from './reportSummary';

export type ReportVariant = 'political' | 'full';

export interface ProgressReportOptions {
  language: DocumentLanguage;
  variant: ReportVariant;
  /** The day the document is made (`YYYY-MM-DD`). */
  today: string;
  /** Where drawn pictures (the status chart) are kept between exports; drawn every time without it. */
  pictureCacheDir?: string;
}

function reportTitlePage(plan: Plan, period: ReportingPeriod, options: ProgressReportOptions): FileChild[] {
  const labels = EXPORT_LABELS[options.language];
  const meeting = period.meetingBody.trim()
    ? [`${labels.reportTo} ${lowerFirst(period.meetingBody.trim())} ${shortDate(period.meetingDate)}`]
    : [];
  return titlePage({
    kicker: municipalityLine(plan, options.language),
    title: `${labels.progressReport}\n${periodLabel(period.id, options.language)}`,
    subtitle: `${plan.title} ${yearSpan(plan.period.fromYear, plan.period.toYear)}`,
    facts: [
      `${labels.statusAsOf} ${longDate(period.end, options.language)}`,
      ...meeting,
      options.variant === 'political' ? labels.politicalSummary : labels.fullReport,
    ],
    footnote: `${labels.documentDate} ${longDate(options.today, options.language)}`,
  });
}

/**
 * The progress report for one reporting period: page one gives the picture (counts, chart, decisions, delays,
 * what is due next, grants ending within a year), then the overview of every measure; the full variant adds each measure's block.
 */
export function buildProgressReport(
  plan: Plan,
  period: ReportingPeriod,
  options: ProgressReportOptions,
  model: ReportModel,
  chart: PngFigure | undefined,
) {
  const { language } = options;
  const labels = EXPORT_LABELS[language];
  // Units renamed after the period show under the name they had then.
  const unitName = unitNamer(plan, period.end);
  const sections: BodySection[] = [
    {
      children: [
        ...reportSummary(model, language, unitName, chart),
        ...grantsEndingSection(plan, model.asOf, language),
      ],
    },
    { children: reportOverview(model, language, unitName), landscape: true },
  ];
  if (options.variant === 'full')
    sections.push({ children: reportMeasureBlocks(plan, model, language, unitName) });
  const title = `${labels.progressReport} ${periodLabel(period.id, language)}`;
  return buildDocument({
    language,
    title: `${title} – ${plan.title}`,
    subject: `${plan.municipality.name}: ${plan.title}`,
    runningHeader: { left: title, right: plan.municipality.name },
    titlePage: reportTitlePage(plan, period, options),
    sections,
  });
}

export async function progressReport(
  plan: Plan,
  period: ReportingPeriod,
  options: ProgressReportOptions,
): Promise<Uint8Array> {
  const model = reportModel(plan, period);
  const chart =
    model.measureCount > 0
      ? await statusChartFigure(model, options.language, options.pictureCacheDir)
      : undefined;
  return packDocument(buildProgressReport(plan, period, options, model, chart));
}
