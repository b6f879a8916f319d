import { formatCoreMessage } from '../messages/catalogues';
import type { Message } from '../messages/message';

/**
 * A plan operation that cannot be done. `text` is the message by id (rendered in the reader's language);
 * `message` is its Bokmål rendering. Older call sites still pass a Bokmål sentence, which has no `text`.
 */
export class PlanOperationError extends Error {
  readonly text: Message | undefined;
  constructor(reason: string | Message) {
    super(typeof reason === 'string' ? reason : formatCoreMessage(reason));
    this.name = 'PlanOperationError';
    this.text = typeof reason === 'string' ? undefined : reason;
  }
}
