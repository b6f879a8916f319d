import { type FileChild, TableOfContents } from 'docx';
import { focusAreaHasNoText } from '../../../core/plan/focusAreas';
import { hasBeenAdopted } from '../../../core/plan/lifecycle';
import { measureNumbers } from '../../../core/plan/numbering';
import type { Plan } from '../../../core/schema/plan';
import { buildDocument, packDocument } from './documentFrame';
import { figureParagraphs, type PngFigure } from './figure';
import { unitNamer, yearSpan } from './format';
import { type DocumentLanguage, EXPORT_LABELS } from './labels';
import { planAppendices } from './planAppendix';
import { focusAreaChapter } from './planFocusAreas';
import { planSummaryTable } from './planSummaryTable';
import { planTitlePage } from './planTitlePage';
import { ChapterHeading, heading, line, richTextParagraphs } from './text';

export interface PlanDocumentOptions {
  language: DocumentLanguage;
  /** The day the document is made (`YYYY-MM-DD`): printed on the title page, and the day legal references
   * must be in force on. */
  today: string;
  /** The annual wheel as a picture; the chapter «Årshjul» is left out without it. */
  wheelPng?: PngFigure;
  /** The four-year wheel as a picture, placed after the annual wheel. */
  fourYearPng?: PngFigure;
}

/**
 * «Innhold»: a table-of-contents field over the chapter headings, written with its entries (Word adds the page
 * numbers when it updates the fields on opening; LibreOffice shows the entries). The entries are the chapters as
 * built, each given a bookmark to link to: docx can find the headings itself, but its search through the finished
 * XML of the whole document took a tenth of an export.
 */
function contents(language: DocumentLanguage, chapters: readonly ChapterHeading[]): FileChild[] {
  const labels = EXPORT_LABELS[language];
  const cachedEntries = chapters.map((chapter, i) => {
    const href = `_Toc${i + 1}`;
    chapter.bookmark(href);
    return { title: chapter.title, level: 1, href };
  });
  return [
    line(labels.contents, { style: 'TOCHeading' }),
    new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: '1-1', cachedEntries }),
  ];
}

const chaptersIn = (children: readonly FileChild[]) =>
  children.filter((child): child is ChapterHeading => child instanceof ChapterHeading);

function textSections(plan: Plan): FileChild[] {
  const children: FileChild[] = [];
  for (const section of plan.sections) {
    const body = richTextParagraphs(section.body);
    if (body.length === 0) continue;
    children.push(heading(section.title, 1, { pageBreakBefore: children.length === 0 }), ...body);
  }
  return children;
}

const FOUR_YEAR_WHEEL: Record<DocumentLanguage, string> = { nb: 'Fireårshjul', nn: 'Fireårshjul' };

function wheelChapter(
  plan: Plan,
  language: DocumentLanguage,
  wheel: PngFigure,
  fourYear: PngFigure | undefined,
): FileChild[] {
  const labels = EXPORT_LABELS[language];
  const caption = `${labels.figure} 1: ${wheel.title ?? `${labels.wheel} ${yearSpan(plan.period.fromYear, plan.period.toYear)}`}`;
  const children: FileChild[] = [
    heading(labels.wheel, 1, { pageBreakBefore: true }),
    ...figureParagraphs(wheel, caption, labels.wheel),
  ];
  if (fourYear) {
    const name = FOUR_YEAR_WHEEL[language];
    children.push(
      heading(name, 1, { pageBreakBefore: true }),
      ...figureParagraphs(fourYear, `${labels.figure} 2: ${fourYear.title ?? name}`, name),
    );
  }
  return children;
}

/** An adopted plan has no chapter for a focus area with nothing in it; a draft shows what is still missing. */
function printedFocusAreas(plan: Plan) {
  if (!hasBeenAdopted(plan)) return plan.focusAreas;
  return plan.focusAreas.filter(
    (area) => !focusAreaHasNoText(area) || plan.measures.some((m) => m.focusAreaId === area.id),
  );
}

/** The plan as the Word document a municipality puts before its council. */
export function buildPlanDocument(plan: Plan, options: PlanDocumentOptions) {
  const { language, today } = options;
  const numbers = measureNumbers(plan);
  const unitName = unitNamer(plan);
  const context = { plan, language, numbers, unitName };
  const chapters: FileChild[] = [
    ...textSections(plan),
    ...printedFocusAreas(plan).flatMap((area) => focusAreaChapter(area, context)),
    ...(options.wheelPng ? wheelChapter(plan, language, options.wheelPng, options.fourYearPng) : []),
  ];
  const summary = planSummaryTable(plan, language, numbers, unitName);
  const appendices = planAppendices(plan, language, numbers, unitName, today);
  const toc = contents(language, [chapters, summary, appendices].flatMap(chaptersIn));
  return buildDocument({
    language,
    title: plan.title,
    subject: `${plan.municipality.name} ${yearSpan(plan.period.fromYear, plan.period.toYear)}`,
    runningHeader: { left: plan.title, right: plan.municipality.name },
    titlePage: planTitlePage(plan, language, today),
    // The table of contents gets its page numbers from Word.
    updateFields: true,
    sections: [
      { children: [...toc, ...chapters] },
      { children: summary, landscape: true },
      { children: appendices },
    ],
  });
}

export function planDocument(plan: Plan, options: PlanDocumentOptions): Promise<Uint8Array> {
  return packDocument(buildPlanDocument(plan, options));
}
