import type { ApiErrorCode, BackupEntry } from '../../contract/errors';

export interface StoreErrorBody {
  code: Extract<
    ApiErrorCode,
    'invalid-input' | 'invalid-plan-file' | 'not-found' | 'already-exists' | 'read-only' | 'write-failed'
  >;
  /** Norwegian, says what happened and what to do. */
  message: string;
  problems?: { path: string; message: string }[];
  backups?: BackupEntry[];
  path?: string;
}

/** What the plan store throws; the API layer passes its body on to the user as it is. */
export class StoreError extends Error {
  constructor(readonly body: StoreErrorBody) {
    super(body.message);
    this.name = 'StoreError';
  }
}
