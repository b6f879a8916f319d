import * as z from 'zod';
import { Id, IsoDate, ShortText, Year } from '../../core/schema/common';
import { StatusFinding } from '../../core/status/findings';
import { ConflictChoices, ImportResult, StatusImportPreview } from '../../core/status/importSchema';
import { StatusRound } from '../../core/status/roundSchema';
import { Base64File, DocId, FilePath } from '../common';
import { method } from '../define';
import { MunicipalityName } from './exports';
import { FileDelivery, OutputPath } from './files';
import { DocumentState, OpenDocument } from './plan';

const PeriodId = z.string().min(1).max(20);

/** A filled-in status form sent from the page (read with <input type=file>) or the CLI. */
export const UploadedFile = z
  .object({
    name: z.string().min(1).max(500),
    base64: Base64File.min(1),
  })
  .strict();
export type UploadedFile = z.infer<typeof UploadedFile>;

/**
 * Follow-up: status rounds, checks, status forms (XLSX out and back in) and revision. Single status reports
 * are steps of the page (`status.add`, `status.correct`), undoable like every other edit.
 */
export const followupMethods = {
  /** Which measures have and lack a report for the period, grouped by lead owner unit. */
  'status.round': method(
    z.object({ docId: DocId, periodId: PeriodId, municipality: MunicipalityName.optional() }).strict(),
    StatusRound,
  ),
  /** Checks before reporting: deadlines passed, copied narratives, past dates in the text, missing reports. */
  'status.checks': method(
    z.object({ docId: DocId, periodId: PeriodId, asOf: IsoDate.optional() }).strict(),
    z.object({ asOf: IsoDate, findings: z.array(StatusFinding) }),
  ),
  /**
   * One XLSX status form per lead owner unit (all units with measures, or those in `unitIds`). The CLI gives
   * `outDir` and gets every file written there; the app asks once for a folder (a save dialog for one form);
   * the browser downloads one zip (or the one form).
   */
  'statusForms.export': method(
    z
      .object({
        docId: DocId,
        periodId: PeriodId,
        /** Lead owner units to make forms for; `null` stands for the measures without an owner. */
        unitIds: z.array(Id.nullable()).max(500).optional(),
        /** Only this municipality's forms: its own units, and for the host the shared units. */
        municipality: MunicipalityName.optional(),
        outDir: OutputPath,
      })
      .strict(),
    /** `count` forms were made; `files` is them one by one, or one zip where the host downloads one file. */
    z.object({ files: z.array(FileDelivery), count: z.number().int() }),
  ),
  /** Reads a filled-in form and says what it would add, with problems (refused rows) and conflicts. */
  'statusForms.preview': method(
    z.object({ docId: DocId, periodId: PeriodId, file: UploadedFile }).strict(),
    StatusImportPreview,
  ),
  /**
   * Imports a filled-in form into the open plan, all or nothing: refused if the form has any problem or a
   * conflict lacks a choice. Applied as one undoable step; the answer carries the plan (the page takes it).
   */
  'statusForms.import': method(
    z
      .object({ docId: DocId, periodId: PeriodId, file: UploadedFile, choices: ConflictChoices.default([]) })
      .strict(),
    z.object({ result: ImportResult, state: DocumentState }),
  ),
  /**
   * Revision (rullering): creates the next plan from this one and opens it; the old plan becomes «Utløpt».
   * `path`: where to save the new plan (browser mode picks a file in the data folder when absent).
   */
  'plan.revise': method(
    z
      .object({
        docId: DocId,
        title: ShortText.trim().min(1, 'Skriv en tittel'),
        fromYear: Year,
        toYear: Year,
        path: FilePath.optional(),
        /** Carry what the plan's latest evaluation recommends (continue, change) instead of the last status. */
        fromEvaluation: z.boolean().default(false),
      })
      .strict()
      .refine((r) => r.toYear >= r.fromYear, {
        message: 'Planperioden slutter før den begynner',
        path: ['toYear'],
      }),
    OpenDocument,
  ),
};
