import * as z from 'zod';
import { Id } from '../schema/common';
import { StatusUpdate } from '../schema/status';
import { StatusDraft } from './draft';

/** A row of a filled-in status form that will become a status update. */
export const ImportRow = z.object({
  /** The spreadsheet row (1-based, as Excel shows it). */
  row: z.number().int(),
  measureId: Id,
  measureNumber: z.string(),
  measureTitle: z.string(),
  draft: StatusDraft,
  /** The measure already has a current report for this period: the user must choose what to do. */
  conflict: z.object({ existing: StatusUpdate }).optional(),
});
export type ImportRow = z.infer<typeof ImportRow>;

export const ImportProblem = z.object({
  /** Spreadsheet row, or null for a problem with the whole file (wrong plan, wrong period). */
  row: z.number().int().nullable(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

/**
 * What a filled-in status form would add. With any `problems` nothing can be imported. Rows the owner left
 * empty are listed in `unchanged` and add nothing.
 */
export const StatusImportPreview = z.object({
  fileName: z.string(),
  planId: Id,
  periodId: z.string(),
  /** Owner unit named in the form, when it names one. */
  unitName: z.string(),
  rows: z.array(ImportRow),
  unchanged: z.array(z.object({ row: z.number().int(), measureNumber: z.string() })),
  problems: z.array(ImportProblem),
});
export type StatusImportPreview = z.infer<typeof StatusImportPreview>;

export const ConflictChoice = z.enum(['keep-existing', 'add-as-correction']);
export type ConflictChoice = z.infer<typeof ConflictChoice>;

/** The user's decision for each conflicting measure. Every conflict needs one. */
export const ConflictChoices = z.array(z.object({ measureId: Id, choice: ConflictChoice }));
export type ConflictChoices = z.infer<typeof ConflictChoices>;

export const ImportResult = z.object({
  added: z.number().int(),
  corrected: z.number().int(),
  kept: z.number().int(),
});
export type ImportResult = z.infer<typeof ImportResult>;
