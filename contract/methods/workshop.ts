import * as z from 'zod';
import { DocId, FilePath } from '../common';
import { method } from '../define';
import { FileDelivery, OutputPath } from './files';

export const workshopMethods = {
  /**
   * The workshop handout (Word): the draft grouped by owner unit, with the open questions (measures lacking
   * owner, deadline or indicator) and the ideas not yet made into measures.
   */
  'workshop.handout': method(
    z.union([
      z.object({ docId: DocId, out: OutputPath }).strict(),
      z.object({ path: FilePath, out: OutputPath }).strict(),
    ]),
    FileDelivery,
  ),
};
