import { format } from 'date-fns/format';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Plan } from '../../../core/schema/plan';
import { safeLine } from '../../../core/text/safeText';
import { measuresByOwner, type OpenQuestion, openQuestions } from '../../../core/workshop/openQuestions';
import { longDate } from '../docx/format';
import { DOCUMENT_LANGUAGE_TAG, documentLanguageOf } from '../docx/labels';
import { packDocx } from '../docx/zipPackage';
import { HANDOUT_TEXTS, type HandoutTexts } from './handoutTexts';

/**
 * The workshop handout: the draft as the working group left it, grouped by who owns each measure, with what
 * is still open, for the group to take home.
 *
 * MERGE NOTE: the heading, table and footer helpers below are small local versions of what the shared Word
 * building blocks (electron/export/docx/) provide; fold them into those when both are in.
 */

/** «ansvarlig enhet, frist og indikator». */
export function lacksText(
  questions: readonly OpenQuestion[],
  texts: HandoutTexts = HANDOUT_TEXTS.nb,
): string {
  const words = questions.map((q) => texts.lacks[q]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${texts.and} ${words.at(-1)}`;
}

function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    text: safeLine(text),
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    keepNext: true,
    spacing: { before: level === 1 ? 360 : 240, after: 120 },
  });
}

/** A cell of one or more paragraphs (Word does not break lines on «\n»). */
function cell(text: string | readonly string[], width: number, bold = false): TableCell {
  const lines = typeof text === 'string' ? [text] : text;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: lines.map(
      (line) => new Paragraph({ children: [new TextRun({ text: safeLine(line), bold, size: 20 })] }),
    ),
  });
}

type CellText = string | readonly string[];

function table(
  header: readonly string[],
  rows: readonly (readonly CellText[])[],
  widths: readonly number[],
): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, widths[i] ?? 0, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, widths[i] ?? 0)) })),
    ],
  });
}

function bullet(text: string): Paragraph {
  return new Paragraph({ text: safeLine(text), bullet: { level: 0 } });
}

function deadlineText(measure: Plan['measures'][number], texts: HandoutTexts): string {
  if (measure.deadline) return format(new Date(`${measure.deadline}T12:00:00`), 'dd.MM.yyyy');
  if (measure.period) return `${measure.period.from}–${measure.period.to}`;
  return measure.recurring ? texts.yearly : '–';
}

function ownersSection(plan: Plan, texts: HandoutTexts): (Paragraph | Table)[] {
  const content: (Paragraph | Table)[] = [heading(texts.byOwner, 1)];
  const groups = measuresByOwner(plan);
  if (groups.length === 0) {
    content.push(new Paragraph(texts.noMeasures));
    return content;
  }
  for (const group of groups) {
    const name = group.unitId === null ? texts.noOwner : group.name;
    content.push(heading(`${name} (${group.measures.length})`, 2));
    content.push(
      table(
        texts.tableHeader,
        group.measures.map((m) => [
          m.number,
          m.measure.description ? [m.measure.title, m.measure.description] : m.measure.title,
          m.focusArea,
          deadlineText(m.measure, texts),
          m.questions.length ? lacksText(m.questions, texts) : '–',
        ]),
        [600, 3200, 2200, 1500, 1500],
      ),
    );
  }
  return content;
}

function questionsSection(plan: Plan, texts: HandoutTexts): Paragraph[] {
  const open = openQuestions(plan);
  const content = [heading(texts.openQuestions, 1)];
  if (open.length === 0) {
    content.push(new Paragraph(texts.noOpenQuestions));
    return content;
  }
  content.push(new Paragraph(texts.openQuestionsIntro));
  for (const entry of open) {
    content.push(bullet(texts.lacking(entry.number, entry.measure.title, lacksText(entry.questions, texts))));
  }
  return content;
}

function ideasSection(plan: Plan, texts: HandoutTexts): Paragraph[] {
  const measureIds = new Set(plan.measures.map((m) => m.id));
  const waiting = plan.workshopIdeas.filter(
    (idea) => idea.convertedToMeasureId === undefined || !measureIds.has(idea.convertedToMeasureId),
  );
  if (waiting.length === 0) return [];
  const content = [heading(texts.ideas, 1), new Paragraph(texts.ideasIntro)];
  const boards = [
    ...plan.focusAreas.map((area) => ({ id: area.id as string | undefined, title: area.title })),
    { id: undefined, title: texts.noFocusArea },
  ];
  for (const board of boards) {
    const ideas = waiting.filter((idea) => idea.focusAreaId === board.id).sort((a, b) => b.votes - a.votes);
    if (ideas.length === 0) continue;
    content.push(heading(board.title, 2));
    for (const idea of ideas) {
      content.push(bullet(`${idea.group ? `${idea.group}: ` : ''}${idea.text} (${texts.votes(idea.votes)})`));
    }
  }
  return content;
}

export interface HandoutOptions {
  now: Date;
}

/** The handout in the plan's language (Bokmål for an English plan: the group is Norwegian). */
export function handoutDocument(plan: Plan, options: HandoutOptions): Document {
  const language = documentLanguageOf(plan);
  const texts = HANDOUT_TEXTS[language];
  const open = openQuestions(plan);
  const count = (q: OpenQuestion) => open.filter((entry) => entry.questions.includes(q)).length;
  const municipality = plan.municipality.name;
  const summary = texts.summary({
    measures: plan.measures.length,
    areas: plan.focusAreas.length,
    owner: count('owner'),
    deadline: count('deadline'),
    indicator: count('indicator'),
  });
  return new Document({
    title: safeLine(texts.title(plan.title)),
    description: safeLine(texts.description(municipality)),
    creator: 'Planhjulet',
    styles: {
      default: {
        document: {
          run: { language: { value: DOCUMENT_LANGUAGE_TAG[language] }, font: 'Calibri', size: 22 },
          paragraph: { spacing: { after: 120 } },
        },
      },
    },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun(safeLine(texts.footer(plan.title))),
                  new TextRun({ children: [PageNumber.CURRENT] }),
                  new TextRun(texts.pageOf),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: safeLine(texts.heading(plan.title)), heading: HeadingLevel.TITLE }),
          new Paragraph(
            safeLine(
              texts.subtitle(
                municipality,
                plan.period.fromYear,
                plan.period.toYear,
                longDate(format(options.now, 'yyyy-MM-dd'), language),
              ),
            ),
          ),
          new Paragraph(texts.intro),
          heading(texts.summaryHeading, 1),
          ...summary.map(bullet),
          ...ownersSection(plan, texts),
          ...questionsSection(plan, texts),
          ...ideasSection(plan, texts),
        ],
      },
    ],
  });
}

/** The handout as .docx bytes. */
export async function buildHandout(plan: Plan, options: HandoutOptions): Promise<Uint8Array> {
  return packDocx(handoutDocument(plan, options));
}
