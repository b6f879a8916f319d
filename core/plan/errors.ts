import { formatCoreMessage } from '../messages/catalogues';
import type { Message } from '../messages/message';

/**
 * A plan operation that cannot be done. `text` is the message by id (rendered in the reader's language);
 * `message` is its Bokmål rendering, for logs. Only a message by id is accepted, so every refusal can be
 * shown in Nynorsk and English too.
 */
export class PlanOperationError extends Error {
  readonly text: Message;
  constructor(reason: Message) {
    super(formatCoreMessage(reason));
    this.name = 'PlanOperationError';
    this.text = reason;
  }
}
