import * as z from 'zod';
import { method } from '../define';
import { DocumentLanguage, ExportSource } from './exports';
import { FileDelivery, OutputPath } from './files';

export const anchoringMethods = {
  /** The goals marked as steering goals (styringsmål), with their codes, as a spreadsheet for the budget round. */
  'anchoring.exportSteeringGoals': method(
    z.object({ source: ExportSource, language: DocumentLanguage.optional(), outPath: OutputPath }).strict(),
    FileDelivery,
  ),
};
