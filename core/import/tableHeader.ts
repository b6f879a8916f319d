import { message } from '../messages/message';
import { type ColumnMap, mapColumns } from './columns';
import { type RowProblem, rowProblem } from './importPreview';
import type { MeasureTable } from './measureRows';

export const MAX_IMPORT_ROWS = 5000;
/** How far down the header row may be, below title lines. */
const HEADER_SEARCH_ROWS = 10;

const isEmpty = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

export type TableRows = { problems: RowProblem[] } | { columns: ColumnMap; dataRows: MeasureTable['rows'] };

/**
 * Finds the header row (the first non-empty row naming «Tiltak»; title lines above it are skipped with a warning)
 * and the rows of measures below it, or says why the file holds none it can read.
 */
export function findMeasureRows(table: MeasureTable, warnings: RowProblem[]): TableRows {
  const refuse = (problems: RowProblem[]): TableRows => ({ problems });
  const filled = table.rows.filter((r) => !isEmpty(r.cells));
  if (filled.length === 0) return refuse([rowProblem(null, message('import.file-empty'))]);
  // Lists from Excel often have a title line or two above the header row: take the first row naming «Tiltak».
  const header =
    filled.slice(0, HEADER_SEARCH_ROWS).find((r) => mapColumns(r.cells, r.line).index.title !== undefined) ??
    (filled[0] as (typeof filled)[number]);
  const columns = mapColumns(header.cells, header.line);
  if (columns.problems.length > 0) return refuse(columns.problems);
  for (const skipped of filled.filter((r) => r.line < header.line)) {
    warnings.push(rowProblem(skipped.line, message('import.row-above-header')));
  }
  for (const name of columns.ignored) {
    warnings.push(rowProblem(header.line, message('import.column-ignored', { name })));
  }
  const dataRows = table.rows.filter((r) => r.line > header.line && !isEmpty(r.cells));
  if (dataRows.length === 0) return refuse([rowProblem(null, message('import.no-measures'))]);
  if (dataRows.length > MAX_IMPORT_ROWS) {
    return refuse([
      rowProblem(null, message('import.too-many-rows', { count: dataRows.length, max: MAX_IMPORT_ROWS })),
    ]);
  }
  return { columns, dataRows };
}
