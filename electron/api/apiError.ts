import type { ApiErrorBody } from '../../contract/errors';

/** Thrown by handlers; `dispatch` turns it into the reply's error body. */
export class ApiError extends Error {
  readonly body: ApiErrorBody;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.body = body;
  }
}
