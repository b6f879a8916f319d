import {
  Bookmark,
  type FileChild,
  HeadingLevel,
  type IParagraphOptions,
  Paragraph,
  type ParagraphChild,
  Tab,
  TextRun,
} from 'docx';
import type { TextRun as RichRun, RichText } from '../../../core/schema/richText';
import { safeLine, safeText } from '../../../core/text/safeText';

/**
 * Paragraphs and runs built only from text that went through `safeText`/`safeLine`. The export modules make
 * their text through these helpers and never hand a raw string to docx.
 */
export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  size?: number;
  font?: string;
  /** Line breaks before the run. */
  break?: number;
  /** A character style of the document's (one element instead of a colour and a size on each run). */
  style?: string;
}

/**
 * The style without bold or italics turned off: off is what every style here has already, and saying it on
 * each run wrote `<w:b w:val="false"/><w:bCs w:val="false"/>` into thousands of table cells.
 */
function plain(style: RunStyle): RunStyle {
  const { bold, italics, ...rest } = style;
  return { ...rest, ...(bold ? { bold } : {}), ...(italics ? { italics } : {}) };
}

/** Runs for text that may hold line breaks: each break becomes a line break inside the paragraph. */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  const lines = safeText(text).replace(/\t/g, ' ').split('\n');
  const options = plain(style);
  return lines.map(
    (line, index) => new TextRun({ ...options, text: line, ...(index > 0 ? { break: 1 } : {}) }),
  );
}

/** One run of one-line text; spaces at its ends are kept, so runs can be joined. */
export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ ...plain(style), text: safeText(text).replace(/[\t\n]+/g, ' ') });
}

type ParagraphOptions = Omit<IParagraphOptions, 'children' | 'text'>;

/** A paragraph of one line of text (line breaks in it become spaces). */
export function line(text: string, options: ParagraphOptions & { run?: RunStyle } = {}): Paragraph {
  const { run: style, ...rest } = options;
  return new Paragraph({ ...rest, children: [run(safeLine(text), style)] });
}

export function paragraph(children: ParagraphChild[], options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...options, children });
}

/** A chapter heading (level 1): what the plan document's table of contents lists. */
export class ChapterHeading extends Paragraph {
  readonly title: string;

  constructor(text: string, options: ParagraphOptions = {}) {
    const title = safeLine(text);
    super({ ...options, heading: HeadingLevel.HEADING_1, children: [run(title)] });
    this.title = title;
  }

  /** Makes the heading the target `name` of a link from the table of contents. */
  bookmark(name: string): void {
    const mark = new Bookmark({ id: name, children: [] });
    this.addChildElement(mark.start);
    this.addChildElement(mark.end);
  }
}

export function heading(text: string, level: 1 | 2 | 3, options: ParagraphOptions = {}): Paragraph {
  if (level === 1) return new ChapterHeading(text, options);
  const levels = { 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };
  return new Paragraph({ ...options, heading: levels[level], children: [run(safeLine(text))] });
}

const BULLET = /^\s*(?:[-–•*])\s+/;

/**
 * Free text as users type it in a text box: blank lines separate paragraphs, single line breaks stay line
 * breaks, and lines starting with «-», «–», «•» or «*» become bullet points.
 */
export function textParagraphs(
  text: string,
  options: ParagraphOptions = {},
  lead: TextRun[] = [],
): Paragraph[] {
  const result: Paragraph[] = [];
  for (const block of safeText(text).split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const first = result.length === 0 ? lead : [];
    if (lines.every((l) => BULLET.test(l))) {
      if (first.length > 0) result.push(new Paragraph({ ...options, children: first }));
      for (const l of lines) {
        result.push(
          new Paragraph({ ...options, bullet: { level: 0 }, children: runs(l.replace(BULLET, '')) }),
        );
      }
    } else {
      result.push(new Paragraph({ ...options, children: [...first, ...runs(lines.join('\n'))] }));
    }
  }
  if (result.length === 0 && lead.length > 0) result.push(new Paragraph({ ...options, children: lead }));
  return result;
}

function richRuns(items: readonly RichRun[]): TextRun[] {
  return items.flatMap((item) => runs(item.text, { bold: item.bold, italics: item.italic }));
}

/** The plan's structured text (paragraphs and bullet lists with bold and italic). */
export function richTextParagraphs(blocks: RichText): FileChild[] {
  const result: FileChild[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      if (block.runs.every((r) => safeText(r.text).trim() === '')) continue;
      result.push(new Paragraph({ children: richRuns(block.runs) }));
    } else {
      for (const item of block.items) {
        if (item.every((r) => safeText(r.text).trim() === '')) continue;
        result.push(new Paragraph({ bullet: { level: 0 }, children: richRuns(item) }));
      }
    }
  }
  return result;
}

/** True when rich text holds anything a reader would see. */
export function hasRichText(blocks: RichText): boolean {
  return richTextParagraphs(blocks).length > 0;
}

/** «Ansvarlig    Barneverntjenesten»: a bold label, then the value aligned at the tab, wrapping under itself. */
export function factLine(
  label: string,
  value: string | ParagraphChild[],
  options: { keepNext?: boolean } = {},
): Paragraph {
  const valueRuns = typeof value === 'string' ? runs(value) : value;
  return new Paragraph({
    style: options.keepNext ? 'FactLine' : 'FactLineLast',
    children: [new TextRun({ style: 'FactLabel', children: [safeLine(label), new Tab()] }), ...valueRuns],
  });
}
