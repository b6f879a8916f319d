import * as z from 'zod';
import { DocId, FilePath } from '../common';
import { method } from '../define';
import { FileDelivery, OutputPath } from './files';

/**
 * Which plan to export: the one open in the app (its current content, unsaved edits included), or a plan file
 * read as it is on disk (the CLI), without opening or locking it.
 */
export const ExportSource = z.union([
  z.object({ docId: DocId }).strict(),
  z.object({ path: FilePath }).strict(),
]);
export type ExportSource = z.infer<typeof ExportSource>;

export const DocumentLanguage = z.enum(['nb', 'nn']);
/** One of the plan's municipalities, by name (with or without «kommune») or four-digit number. */
export const MunicipalityName = z.string().trim().min(1).max(200);
export const ReportVariant = z.enum(['political', 'full']);

export const exportMethods = {
  /** The plan as a Word document. Without `language`, the plan's own (Bokmål for an English plan). */
  'export.plan': method(
    z
      .object({
        source: ExportSource,
        language: DocumentLanguage.optional(),
        /** Put the annual wheel in as a figure, where this installation can draw it (`export.capabilities`). */
        includeWheel: z.boolean().default(false),
        outPath: OutputPath,
      })
      .strict(),
    FileDelivery,
  ),
  /** The progress report for one reporting period (ids such as `2027-T2`) as a Word document. */
  'export.report': method(
    z
      .object({
        source: ExportSource,
        periodId: z.string().min(1).max(20),
        variant: ReportVariant.default('full'),
        language: DocumentLanguage.optional(),
        /** The report for one council: that municipality's own and the shared measures. */
        municipality: MunicipalityName.optional(),
        outPath: OutputPath,
      })
      .strict(),
    FileDelivery,
  ),
  /** The supervision pack for one municipality of the plan: duty by duty, what is in place and what is missing. */
  'export.supervision': method(
    z
      .object({
        source: ExportSource,
        municipality: MunicipalityName,
        language: DocumentLanguage.optional(),
        outPath: OutputPath,
      })
      .strict(),
    FileDelivery,
  ),
  /** What the Word exports can include here; the dialog greys out what is missing and says why. */
  'export.capabilities': method(z.object({}).strict(), z.object({ wheel: z.boolean() })),
};
