import * as z from 'zod';
import { IsoDate } from '../../core/schema/common';
import { EvaluationKind } from '../../core/schema/evaluation';
import { DocId } from '../common';
import { method } from '../define';
import { DocumentLanguage, ExportSource } from './exports';
import { FileDelivery, OutputPath } from './files';
import { DocumentState } from './plan';

export const evaluationMethods = {
  /**
   * Creates the plan's evaluation of `kind` from the status history up to `asOf` (by default today), or refreshes
   * the one there is, keeping the answers already given. One undoable step.
   */
  'evaluation.prefill': method(
    z.object({ docId: DocId, kind: EvaluationKind, asOf: IsoDate.optional() }).strict(),
    DocumentState,
  ),
  /**
   * The evaluation report as a Word document: the plan's latest evaluation (of `kind`, when given). Refused with
   * `invalid-input` when the plan has none.
   */
  'export.evaluation': method(
    z
      .object({
        source: ExportSource,
        kind: EvaluationKind.optional(),
        language: DocumentLanguage.optional(),
        outPath: OutputPath,
      })
      .strict(),
    FileDelivery,
  ),
};
