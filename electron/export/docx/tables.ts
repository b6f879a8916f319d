import {
  BorderStyle,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import { COLORS, TEXT_WIDTH } from './styles';
import { paragraph, runs } from './text';

/** A cell: plain text (may hold line breaks), or runs already built with the text helpers. */
export type CellContent = string | ParagraphChild[];

export interface Column {
  /** Text (bold), or runs already built (a status with its symbol). */
  header: CellContent;
  /** Share of the text width; the shares of a table add up to 1. */
  share: number;
}

/** A data row, or a row spanning the whole table that names a group (a focus area) of the rows below. */
export type RowSpec = { cells: CellContent[] } | { group: string };

const LINE = { style: BorderStyle.SINGLE, size: 4, color: COLORS.border };

function cellParagraph(content: CellContent, bold = false) {
  const children = typeof content === 'string' ? runs(content, { bold }) : content;
  return paragraph(children, { style: 'TableText' });
}

/**
 * A table with a header row that Word repeats at the top of every page the table runs over (and that screen
 * readers announce as column headers). Rows are kept whole on one page.
 */
export function dataTable(
  columns: readonly Column[],
  rows: readonly RowSpec[],
  options: { width?: number } = {},
): Table {
  const total = options.width ?? TEXT_WIDTH;
  const widths = columns.map((c) => Math.round(c.share * total));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (column, i) =>
        new TableCell({
          width: { size: widths[i] as number, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.accentLight },
          verticalAlign: VerticalAlign.BOTTOM,
          children: [cellParagraph(column.header, true)],
        }),
    ),
  });
  const body = rows.map((row) => {
    if ('group' in row) {
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: columns.length,
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLORS.accentFaint },
            children: [
              paragraph(runs(row.group, { bold: true, color: COLORS.accent }), { style: 'TableText' }),
            ],
          }),
        ],
      });
    }
    return new TableRow({
      cantSplit: true,
      children: columns.map(
        (_, i) =>
          new TableCell({
            width: { size: widths[i] as number, type: WidthType.DXA },
            children: [cellParagraph(row.cells[i] ?? '')],
          }),
      ),
    });
  });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [header, ...body],
  });
}
