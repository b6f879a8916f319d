import { z } from 'zod';
import { method } from '../define';
import { FileDelivery, OutputPath } from './files';

export const workshopMethods = {
  /**
   * The workshop handout (Word): the draft grouped by owner unit, with the open questions (measures lacking
   * owner, deadline or indicator) and the ideas not yet made into measures.
   */
  'workshop.handout': method(
    z.union([
      z.object({ docId: z.string().min(1).max(100), out: OutputPath }).strict(),
      z.object({ path: z.string().min(1).max(4000), out: OutputPath }).strict(),
    ]),
    FileDelivery,
  ),
};
