import * as z from 'zod';
import { CatalogueItem } from '../../core/catalogue/catalogueItem';
import { MeasureImportPreview } from '../../core/import/importPreview';
import { QualityFinding } from '../../core/quality/finding';
import { IsoDate, Language } from '../../core/schema/common';
import { Base64File, DocId, FilePath } from '../common';
import { method } from '../define';
import { DocumentState } from './plan';

const VocabularyEntry = z.object({ id: z.string(), label: z.string(), verify: z.boolean().optional() });

/** Everything the drafting steps need from the templates, so the renderer never imports `templates/`. */
export const TemplatesData = z.object({
  catalogue: z.array(CatalogueItem),
  focusAreas: z.array(
    z.object({
      templateId: z.string(),
      title: z.string(),
      guidance: z.object({ background: z.string(), challenges: z.string(), goal: z.string() }),
    }),
  ),
  sections: z.array(z.object({ kind: z.string(), title: z.string(), guidance: z.string() })),
  assessment: z.object({
    groups: z.array(z.object({ id: z.string(), label: z.string() })),
    items: z.array(
      z.object({
        id: z.string(),
        group: z.string(),
        question: z.string(),
        help: z.string(),
        legalReferenceIds: z.array(z.string()).optional(),
        unitTypeId: z.string().optional(),
        targetGroupId: z.string().optional(),
        violenceFormId: z.string().optional(),
      }),
    ),
  }),
  vocabulary: z.object({
    targetGroups: z.array(VocabularyEntry),
    violenceForms: z.array(VocabularyEntry),
    legalReferences: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        section: z.string(),
        /** How plans cite it: «Krisesenterloven § 4». */
        label: z.string(),
        summary: z.string(),
        validFrom: z.string().nullable(),
        validTo: z.string().optional(),
        verify: z.boolean().optional(),
      }),
    ),
  }),
  unitTypes: z.array(
    z.object({
      typeId: z.string(),
      name: z.string(),
      kind: z.enum(['municipal', 'state', 'voluntary', 'rvts', 'other']),
    }),
  ),
  /** Target groups and violence forms the quality check expects some measure to cover. */
  requiredCoverage: z.object({ targetGroups: z.array(z.string()), violenceForms: z.array(z.string()) }),
});
export type TemplatesData = z.infer<typeof TemplatesData>;

export const QualityReport = z.object({
  findings: z.array(QualityFinding),
  counts: z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
  /** 0–100; see core/quality/score.ts. */
  score: z.number().min(0).max(100),
});
export type QualityReport = z.infer<typeof QualityReport>;

/** A measure list file (CSV or XLSX) sent as base64. */
export const MeasureFileInput = z
  .object({
    docId: DocId,
    fileName: z.string().min(1).max(500),
    bytesBase64: Base64File,
  })
  .strict();

export const MeasureImportResult = z.object({
  imported: z.number().int(),
  newUnits: z.number().int(),
  newFocusAreas: z.number().int(),
  statusUpdates: z.number().int(),
  /** Reporting period the imported statuses were filed under, or null when the file had none. */
  periodId: z.string().nullable(),
  /** The open plan after the import (one undoable step); carries the plan. */
  state: DocumentState,
});
export type MeasureImportResult = z.infer<typeof MeasureImportResult>;

/** The language the template texts come in; Bokmål when none is asked for. */
export const TemplatesRequest = z.object({ language: Language.optional() }).strict();

export const draftingMethods = {
  'templates.get': method(TemplatesRequest, TemplatesData),
  /**
   * Plan-quality check of an open plan (`docId`) or of a plan file on disk (`path`, read without opening).
   * Findings that depend on the date (a grant ending within a year) are judged on `today`, by default today.
   */
  'plan.check': method(
    z.union([
      z.object({ docId: DocId, today: IsoDate.optional() }).strict(),
      z.object({ path: FilePath, today: IsoDate.optional() }).strict(),
    ]),
    /** `language` is the plan's: a script or the CLI renders each finding's `text` in it. */
    QualityReport.extend({ title: z.string(), language: Language }),
  ),
  /**
   * Where the plan seems to hold case data: the privacy findings of `plan.check` alone, the other rules not run.
   * For the warning before a file made from the plan leaves the machine.
   */
  'plan.caseData': method(
    z.union([z.object({ docId: DocId }).strict(), z.object({ path: FilePath }).strict()]),
    z.object({ findings: z.array(QualityFinding), language: Language }),
  ),
  /** Reads a measure list and says what importing it would do. Changes nothing. */
  'measures.importPreview': method(MeasureFileInput, MeasureImportPreview),
  /**
   * Imports a measure list into the open plan, all or nothing. On any bad row it fails with code
   * `invalid-input` and `problems` (`path` = «linje N»), and the plan is unchanged.
   */
  'measures.import': method(MeasureFileInput, MeasureImportResult),
};
