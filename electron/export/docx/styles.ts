import { type IStylesOptions, LineRuleType } from 'docx';
import { DOCUMENT_LANGUAGE_TAG, type DocumentLanguage } from './labels';

/** The house look of the exports: Word's own fonts, a dark blue accent, quiet grey lines. */
export const COLORS = {
  accent: '1F3864',
  accentLight: 'D9E2F3',
  accentFaint: 'EEF3FA',
  text: '1A1A1A',
  muted: '595959',
  border: 'A6A6A6',
  rule: 'BFBFBF',
  warning: '9C2A00',
} as const;

export const FONT = 'Calibri';
export const HEADING_FONT = 'Calibri';

/** Twips (1/1440 inch) per centimetre. */
export const CM = 567;

/** Where the value of a fact line starts: room for «Samarbeidspartnere» in bold. */
export const FACT_TAB = 4.6 * CM;

/** A4 with 2.5 cm margins. */
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 2 * CM, bottom: 2 * CM, left: 2.5 * CM, right: 2.5 * CM, header: CM, footer: CM },
} as const;

export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
/** On a landscape page the margins stay where they were relative to the reader: top/bottom, left/right. */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - PAGE.margin.left - PAGE.margin.right;

/** Half-points, as Word counts font sizes. */
const pt = (points: number) => points * 2;

/**
 * Word's built-in styles (Title, Heading 1–3, …) restyled, so the navigation pane, the table of contents and
 * screen readers see real headings. The document language is set on the defaults, which every style inherits.
 */
export function documentStyles(language: DocumentLanguage): IStylesOptions {
  const lang = { value: DOCUMENT_LANGUAGE_TAG[language] };
  const heading = (size: number, before: number, after: number, color: string = COLORS.accent) => ({
    run: { font: HEADING_FONT, size: pt(size), bold: true, color },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: pt(11), color: COLORS.text, language: lang },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: HEADING_FONT, size: pt(30), bold: true, color: COLORS.accent },
        paragraph: { spacing: { after: 240 } },
      },
      heading1: heading(18, 360, 160),
      heading2: heading(14, 280, 100),
      heading3: heading(12, 240, 80, COLORS.text),
      listParagraph: { paragraph: { spacing: { after: 60 } } },
      caption: { run: { size: pt(9), italics: true, color: COLORS.muted } },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(16), color: COLORS.muted },
        paragraph: { spacing: { after: 120 } },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: HEADING_FONT, size: pt(18), bold: true, color: COLORS.accent },
        paragraph: { spacing: { before: 0, after: 200 } },
      },
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(11) },
        paragraph: { spacing: { before: 60, after: 60 } },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: pt(9.5) },
        paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'FactLine',
        name: 'Fact Line',
        basedOn: 'Normal',
        // The tab after the label goes to the hanging indent, as in Word and LibreOffice a hanging indent is a
        // tab stop: no tab stop of each line's own (1 800 fewer elements in the bench plan).
        // Kept with the next line in the style, not on each paragraph: the facts of a measure stay together.
        paragraph: {
          spacing: { after: 40 },
          indent: { left: FACT_TAB, hanging: FACT_TAB },
          keepNext: true,
        },
      },
      {
        id: 'FactLineLast',
        name: 'Fact Line Last',
        basedOn: 'FactLine',
        next: 'Normal',
        paragraph: { keepNext: false },
      },
      {
        id: 'SmallPrint',
        name: 'Small Print',
        basedOn: 'Normal',
        run: { size: pt(9), color: COLORS.muted },
      },
      {
        id: 'Header',
        name: 'header',
        basedOn: 'Normal',
        run: { size: pt(9), color: COLORS.muted },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: 'Footer',
        name: 'footer',
        basedOn: 'Normal',
        run: { size: pt(9), color: COLORS.muted },
        paragraph: { spacing: { after: 0 } },
      },
    ],
    characterStyles: [
      // The label of a fact line; a style, not bold on each run (two elements fewer per line).
      { id: 'FactLabel', name: 'Fact Label', basedOn: 'DefaultParagraphFont', run: { bold: true } },
      // «per 31.12.2026» under a status in a table.
      {
        id: 'NoteSmall',
        name: 'Note Small',
        basedOn: 'DefaultParagraphFont',
        run: { size: pt(8), color: COLORS.muted },
      },
    ],
  };
}
