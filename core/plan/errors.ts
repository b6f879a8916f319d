/** A plan operation that cannot be done, with a message for the user. */
export class PlanOperationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanOperationError';
  }
}
