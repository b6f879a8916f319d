import * as z from 'zod';
import { formatCoreMessage } from '../messages/catalogues';
import { Message } from '../messages/message';
import { IsoDate, Year } from '../schema/common';
import { FundingKind, GrantScheme } from '../schema/measure';
import { MeasureStatus } from '../schema/status';

/**
 * A problem with one row of a measure list (`line` as in the file, header = line 1) or, with null, the file.
 * `text` is the message by id, rendered in the reader's language; `message` its Bokmål rendering.
 */
export const RowProblem = z.object({ line: z.number().int().nullable(), message: z.string(), text: Message });
export type RowProblem = z.infer<typeof RowProblem>;

export function rowProblem(line: number | null, text: Message): RowProblem {
  return { line, message: formatCoreMessage(text), text };
}

/** One row of a measure list as it will be imported. */
export const ImportedRow = z.object({
  line: z.number().int(),
  /** Focus area title in the plan after import. */
  focusArea: z.string(),
  focusAreaIsNew: z.boolean(),
  title: z.string(),
  description: z.string(),
  owner: z.string().nullable(),
  ownerIsNew: z.boolean(),
  partners: z.array(z.string()),
  start: IsoDate.optional(),
  deadline: IsoDate.optional(),
  period: z.object({ from: Year, to: Year }).optional(),
  status: MeasureStatus.optional(),
  comment: z.string(),
  funding: FundingKind.optional(),
  grantScheme: GrantScheme.optional(),
  grantSchemeName: z.string().optional(),
  grantEnd: IsoDate.optional(),
  /** The municipalities the measure applies to (empty or absent: all the plan's). */
  municipalities: z.array(z.string()).optional(),
});
export type ImportedRow = z.infer<typeof ImportedRow>;

export const MeasureImportPreview = z.object({
  fileName: z.string(),
  rows: z.array(ImportedRow),
  /** Units that will be created (names), because no unit in the plan has that name. */
  newUnits: z.array(z.string()),
  /** Focus areas that will be created (titles). */
  newFocusAreas: z.array(z.string()),
  /** Focus-area names in the file that differ from the plan's focus area they were matched to. */
  focusAreaMatches: z.array(z.object({ name: z.string(), focusArea: z.string() })).default([]),
  /** Focus areas from the template that the import leaves empty in a plan without measures: they are removed. */
  removedFocusAreas: z.array(z.string()).default([]),
  /** Rejected rows and file problems. Any problem means nothing can be imported. */
  problems: z.array(RowProblem),
  /** Things worth a look that do not stop the import (ignored columns, a measure that already exists). */
  warnings: z.array(RowProblem),
  canImport: z.boolean(),
});
export type MeasureImportPreview = z.infer<typeof MeasureImportPreview>;
