import { format } from 'date-fns';
import { nb } from 'date-fns/locale';
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
import { packDocx } from '../docx/zipPackage';

/**
 * The workshop handout: the draft as the working group left it, grouped by who owns each measure, with what
 * is still open, for the group to take home.
 *
 * MERGE NOTE: the heading, table and footer helpers below are small local versions of what the shared Word
 * building blocks (electron/export/docx/) provide; fold them into those when both are in.
 */

const QUESTION_TEXT: Record<OpenQuestion, string> = {
  owner: 'ansvarlig enhet',
  deadline: 'frist',
  indicator: 'indikator',
};

/** «ansvarlig enhet, frist og indikator». */
export function lacksText(questions: readonly OpenQuestion[]): string {
  const words = questions.map((q) => QUESTION_TEXT[q]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} og ${words.at(-1)}`;
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

function deadlineText(measure: Plan['measures'][number]): string {
  if (measure.deadline) return format(new Date(`${measure.deadline}T12:00:00`), 'dd.MM.yyyy');
  if (measure.period) return `${measure.period.from}–${measure.period.to}`;
  return measure.recurring ? 'Årlig' : '–';
}

function ownersSection(plan: Plan): (Paragraph | Table)[] {
  const content: (Paragraph | Table)[] = [heading('Tiltak etter ansvarlig enhet', 1)];
  const groups = measuresByOwner(plan);
  if (groups.length === 0) {
    content.push(new Paragraph('Utkastet har ingen tiltak ennå.'));
    return content;
  }
  for (const group of groups) {
    const name = group.unitId === null ? 'Uten ansvarlig enhet' : group.name;
    content.push(heading(`${name} (${group.measures.length})`, 2));
    content.push(
      table(
        ['Nr.', 'Tiltak', 'Satsingsområde', 'Frist', 'Mangler'],
        group.measures.map((m) => [
          m.number,
          m.measure.description ? [m.measure.title, m.measure.description] : m.measure.title,
          m.focusArea,
          deadlineText(m.measure),
          m.questions.length ? lacksText(m.questions) : '–',
        ]),
        [600, 3200, 2200, 1500, 1500],
      ),
    );
  }
  return content;
}

function questionsSection(plan: Plan): Paragraph[] {
  const open = openQuestions(plan);
  const content = [heading('Åpne spørsmål', 1)];
  if (open.length === 0) {
    content.push(new Paragraph('Ingen åpne spørsmål: alle tiltak har ansvarlig enhet, frist og indikator.'));
    return content;
  }
  content.push(
    new Paragraph(
      'Disse tiltakene må avklares før planen sendes på høring. Et tiltak uten ansvarlig, frist eller indikator blir lett et løfte ingen følger opp.',
    ),
  );
  for (const entry of open) {
    content.push(bullet(`${entry.number} ${entry.measure.title}: mangler ${lacksText(entry.questions)}.`));
  }
  return content;
}

function ideasSection(plan: Plan): Paragraph[] {
  const measureIds = new Set(plan.measures.map((m) => m.id));
  const waiting = plan.workshopIdeas.filter(
    (idea) => idea.convertedToMeasureId === undefined || !measureIds.has(idea.convertedToMeasureId),
  );
  if (waiting.length === 0) return [];
  const content = [
    heading('Ideer som ikke er gjort til tiltak', 1),
    new Paragraph(
      'Ideene fra verkstedet som gruppen ikke har gjort til tiltak ennå, med flest stemmer først.',
    ),
  ];
  const boards = [
    ...plan.focusAreas.map((area) => ({ id: area.id as string | undefined, title: area.title })),
    { id: undefined, title: 'Uten satsingsområde' },
  ];
  for (const board of boards) {
    const ideas = waiting.filter((idea) => idea.focusAreaId === board.id).sort((a, b) => b.votes - a.votes);
    if (ideas.length === 0) continue;
    content.push(heading(board.title, 2));
    for (const idea of ideas) {
      const votes = idea.votes === 1 ? '1 stemme' : `${idea.votes} stemmer`;
      content.push(bullet(`${idea.group ? `${idea.group}: ` : ''}${idea.text} (${votes})`));
    }
  }
  return content;
}

export interface HandoutOptions {
  now: Date;
}

export function handoutDocument(plan: Plan, options: HandoutOptions): Document {
  const open = openQuestions(plan);
  const count = (q: OpenQuestion) => open.filter((entry) => entry.questions.includes(q)).length;
  const municipality = plan.municipality.name;
  const summary = [
    `${plan.measures.length} tiltak i ${plan.focusAreas.length} satsingsområder`,
    `${count('owner')} tiltak mangler ansvarlig enhet`,
    `${count('deadline')} tiltak mangler frist`,
    `${count('indicator')} tiltak mangler indikator`,
  ];
  return new Document({
    title: safeLine(`Arbeidsverksted – ${plan.title}`),
    description: safeLine(`Utkast til handlingsplan for ${municipality} etter arbeidsverksted`),
    creator: 'Planhjulet',
    styles: {
      default: {
        document: {
          run: { language: { value: 'nb-NO' }, font: 'Calibri', size: 22 },
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
                  new TextRun(safeLine(`${plan.title} – utkast fra arbeidsverksted – side `)),
                  new TextRun({ children: [PageNumber.CURRENT] }),
                  new TextRun(' av '),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: safeLine(`Arbeidsverksted: ${plan.title}`), heading: HeadingLevel.TITLE }),
          new Paragraph(
            safeLine(
              `${municipality} · planperiode ${plan.period.fromYear}–${plan.period.toYear} · utkast per ${format(options.now, 'd. MMMM yyyy', { locale: nb })}`,
            ),
          ),
          new Paragraph(
            'Dette er utkastet slik arbeidsgruppen la det igjen i verkstedet, ordnet etter hvem som har ansvaret for hvert tiltak. Ta det med tilbake til enheten, og avklar de åpne spørsmålene før neste møte.',
          ),
          heading('Oppsummering', 1),
          ...summary.map(bullet),
          ...ownersSection(plan),
          ...questionsSection(plan),
          ...ideasSection(plan),
        ],
      },
    ],
  });
}

/** The handout as .docx bytes. */
export async function buildHandout(plan: Plan, options: HandoutOptions): Promise<Uint8Array> {
  return packDocx(handoutDocument(plan, options));
}
