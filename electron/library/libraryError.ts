import type { ApiErrorCode } from '../../contract/errors';

export interface LibraryErrorBody {
  code: Extract<
    ApiErrorCode,
    'invalid-input' | 'invalid-plan-file' | 'not-found' | 'operation' | 'read-only'
  >;
  /** Norwegian, says what happened and what to do. */
  message: string;
  problems?: { path: string; message: string }[];
  path?: string;
}

/** What the library (folders of plans, copies, packages) throws; the API layer passes its body on. */
export class LibraryError extends Error {
  constructor(readonly body: LibraryErrorBody) {
    super(body.message);
    this.name = 'LibraryError';
  }
}
