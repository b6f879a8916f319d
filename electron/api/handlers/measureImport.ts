import type { MeasureImportResult } from '../../../contract/methods/drafting';
import {
  type MeasureImportPlan,
  type MeasureTable,
  planMeasureImport,
} from '../../../core/import/measureRows';
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
        problems: [{ line: null, message: read.message }],
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
    throw new ApiError({
      code: 'invalid-input',
      message:
        rows > 0
          ? `Ingen tiltak ble importert: ${rows === 1 ? 'én rad' : `${rows} rader`} i ${preview.fileName} har feil. Rett radene og prøv igjen.`
          : `Ingen tiltak ble importert fra ${preview.fileName}. ${preview.problems[0]?.message ?? ''}`.trim(),
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
