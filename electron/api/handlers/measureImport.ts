import type { MeasureImportResult } from '../../../contract/methods/drafting';
import { rowProblem } from '../../../core/import/importPreview';
import {
  type MeasureImportPlan,
  type MeasureTable,
  planMeasureImport,
} from '../../../core/import/measureRows';
import { formatCoreMessage } from '../../../core/messages/catalogues';
import { message } from '../../../core/messages/message';
import { op } from '../../../core/operations/registry';
import { newStep } from '../../../core/operations/step';
import { ApiError } from '../apiError';
import type { ApiContext } from '../context';

interface MeasureFile {
  docId: string;
  fileName: string;
  bytesBase64: string;
}

const baseName = (fileName: string) => fileName.split(/[\\/]/).pop() || fileName;

/** Reads the file and maps it onto the open plan, without changing anything. */
export async function prepareMeasureImport(
  input: MeasureFile,
  ctx: ApiContext,
): Promise<MeasureImportPlan & { table: MeasureTable | null }> {
  const plan = ctx.documents.plan(input.docId);
  const fileName = baseName(input.fileName);
  const { readMeasureFile } = await import('../../import/readMeasureFile');
  const read = await readMeasureFile(fileName, Buffer.from(input.bytesBase64, 'base64'));
  if (!read.ok) {
    return {
      preview: {
        fileName,
        rows: [],
        newUnits: [],
        newFocusAreas: [],
        focusAreaMatches: [],
        removedFocusAreas: [],
        problems: [rowProblem(null, read.text)],
        warnings: [],
        canImport: false,
      },
      result: null,
      table: null,
    };
  }
  return { ...planMeasureImport(plan, read.table, { fileName, now: ctx.now() }), table: read.table };
}

/** Imports every row into the open plan through the store, or nothing at all. */
export async function importMeasures(input: MeasureFile, ctx: ApiContext): Promise<MeasureImportResult> {
  const { preview, result, table } = await prepareMeasureImport(input, ctx);
  if (!result || !table) {
    const rows = new Set(preview.problems.map((p) => p.line).filter((line) => line !== null)).size;
    const fileName = preview.fileName;
    const first = preview.problems[0];
    const text =
      rows > 0 || !first
        ? message(rows === 1 ? 'import.rows-refused.one' : 'import.rows-refused', { count: rows, fileName })
        : message('import.file-refused', { fileName, problem: first.text });
    throw new ApiError({
      code: 'invalid-input',
      message: formatCoreMessage(text),
      text,
      problems: preview.problems.map((p) => ({
        path: p.line === null ? '' : `linje ${p.line}`,
        message: p.message,
      })),
    });
  }
  const step = newStep(
    [
      op('measures.import', {
        fileName: preview.fileName,
        rows: [...table.rows].map((row) => ({ line: row.line, cells: [...row.cells] })),
      }),
    ],
    ctx.now(),
  );
  return { ...result.counts, state: ctx.documents.applyOwn(input.docId, step) };
}
