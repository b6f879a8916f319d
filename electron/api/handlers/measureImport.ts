import type { MeasureImportResult } from '../../../contract/methods/drafting';
import { type MeasureImportPlan, planMeasureImport } from '../../../core/import/measureRows';
import { ApiError } from '../apiError';
import type { ApiContext } from '../context';

interface MeasureFile {
  docId: string;
  fileName: string;
  bytesBase64: string;
}

const baseName = (fileName: string) => fileName.split(/[\\/]/).pop() || fileName;

/** Reads the file and maps it onto the open plan, without changing anything. */
export async function prepareMeasureImport(input: MeasureFile, ctx: ApiContext): Promise<MeasureImportPlan> {
  const { plan } = ctx.documents.get(input.docId);
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
    };
  }
  return planMeasureImport(plan, read.table, { fileName, now: ctx.now() });
}

/** Imports every row into the open plan through the store, or nothing at all. */
export async function importMeasures(input: MeasureFile, ctx: ApiContext): Promise<MeasureImportResult> {
  const { preview, result } = await prepareMeasureImport(input, ctx);
  if (!result) {
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
  const save = ctx.documents.update(input.docId, result.plan);
  return { ...result.counts, plan: ctx.documents.get(input.docId).plan, save };
}
