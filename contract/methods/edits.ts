import * as z from 'zod';
import { Message } from '../../core/messages/message';
import { DocId } from '../common';
import { method } from '../define';
import { PageStep } from '../operations';
import { DocumentState } from './plan';

/**
 * Editing an open plan. Its own table because the step schema holds every operation's arguments, and so the
 * operations themselves: what reads a plan file without editing it loads none of them.
 */
export const editMethods = {
  /**
   * Applies the page's steps of edits to the open plan, in order, each as one undoable change, and schedules an
   * autosave. `baseRevision` is the revision the page's copy had before these steps: when the backend's plan has
   * moved on since (an import, a change from outside), the answer carries the plan. A step that cannot be done
   * stops the rest: `applied` says how many were, `refused` why the next one was not.
   */
  'plan.apply': method(
    z
      .object({
        docId: DocId,
        baseRevision: z.number().int().min(0),
        steps: z.array(PageStep).min(1).max(100),
      })
      .strict(),
    DocumentState.extend({
      applied: z.number().int().min(0),
      refused: z.object({ stepId: z.string(), message: z.string(), text: Message.optional() }).optional(),
    }),
  ),
};
