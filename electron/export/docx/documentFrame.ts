import {
  AlignmentType,
  BorderStyle,
  Document,
  type FileChild,
  Footer,
  Header,
  type ISectionOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  SectionType,
  Tab,
  TabStopType,
  TextRun,
} from 'docx';
import { safeLine } from '../../../core/text/safeText';
import { DOCUMENT_LANGUAGE_TAG, type DocumentLanguage, EXPORT_LABELS } from './labels';
import { COLORS, documentStyles, LANDSCAPE_TEXT_WIDTH, PAGE, TEXT_WIDTH } from './styles';
import { run } from './text';
import { packDocx } from './zipPackage';

/** A run of pages: portrait, or landscape for a wide table. */
export interface BodySection {
  children: FileChild[];
  landscape?: boolean;
}

export interface DocumentFrame {
  language: DocumentLanguage;
  /** The document's title in its properties (what Word and screen readers announce). */
  title: string;
  subject: string;
  /** Left and right parts of the running header on every page after the first. */
  runningHeader: { left: string; right: string };
  /** The first page (title page), without running header and page number. */
  titlePage: FileChild[];
  sections: BodySection[];
  /**
   * Ask Word to update the fields when the document opens, so a table of contents gets its page numbers
   * without the reader knowing to ask (Word asks the reader first). Only for documents that need it.
   */
  updateFields?: boolean;
}

function runningHeader(left: string, right: string, width: number): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'Header',
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule, space: 4 } },
        children: [run(left), new TextRun({ children: [new Tab()] }), run(right)],
      }),
    ],
  });
}

function pageNumberFooter(language: DocumentLanguage): Footer {
  const [page, of] = EXPORT_LABELS[language].pageOf;
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: [`${page} `, PageNumber.CURRENT, ` ${of} `, PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

const emptyParagraph = () => new Paragraph({ children: [] });

/**
 * The common frame of every export: A4 pages, a title page without header and footer, then a running header
 * and «Side X av Y» in the footer; Word's built-in styles; the document language on every run.
 */
export function buildDocument(frame: DocumentFrame): Document {
  const sections: ISectionOptions[] = frame.sections.map((section, index) => {
    const first = index === 0;
    const width = section.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
    return {
      properties: {
        ...(first ? { titlePage: true } : { type: SectionType.NEXT_PAGE }),
        page: {
          size: {
            width: PAGE.width,
            height: PAGE.height,
            orientation: section.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
          },
          margin: PAGE.margin,
        },
      },
      headers: {
        default: runningHeader(frame.runningHeader.left, frame.runningHeader.right, width),
        ...(first ? { first: new Header({ children: [emptyParagraph()] }) } : {}),
      },
      footers: {
        default: pageNumberFooter(frame.language),
        ...(first ? { first: new Footer({ children: [emptyParagraph()] }) } : {}),
      },
      children: [
        ...(first ? frame.titlePage : []),
        ...(section.children.length > 0 ? section.children : [emptyParagraph()]),
      ],
    };
  });
  return new Document({
    creator: 'Planhjulet',
    lastModifiedBy: 'Planhjulet',
    title: safeLine(frame.title),
    subject: safeLine(frame.subject),
    description: safeLine(`${frame.subject} (${DOCUMENT_LANGUAGE_TAG[frame.language]})`),
    styles: documentStyles(frame.language),
    ...(frame.updateFields ? { features: { updateFields: true } } : {}),
    sections,
  });
}

export function packDocument(document: Document): Promise<Uint8Array> {
  return packDocx(document);
}
