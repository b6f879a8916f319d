import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiErrorCode } from '../../contract/errors';
import type { HostContext } from '../api/createContext';
import { dispatch } from '../api/dispatch';
import { sendApiError, sendJson } from './replies';
import { BodyTooLarge, readBody } from './requestBody';

/** Largest request body accepted: a 300-measure plan with four years of status is far below this. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

const STATUS_FOR: Record<ApiErrorCode, number> = {
  'invalid-input': 400,
  'invalid-plan-file': 422,
  'not-found': 404,
  'already-exists': 409,
  'read-only': 409,
  operation: 409,
  unauthorized: 401,
  'write-failed': 500,
  internal: 500,
};

/** Only pages from this server may call the API: a request with another Origin is refused. */
function isForeignOrigin(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  return (
    origin !== undefined && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`
  );
}

/** The JSON input of a call, or null after answering 413 or 400 for a body that is too large or not JSON. */
async function readInput(req: IncomingMessage, res: ServerResponse): Promise<{ input: unknown } | null> {
  try {
    const body = await readBody(req, MAX_BODY_BYTES);
    return { input: body.length === 0 ? {} : JSON.parse(body.toString('utf8')) };
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      sendApiError(
        res,
        413,
        'invalid-input',
        `Forespørselen er for stor (over ${MAX_BODY_BYTES / 1024 / 1024} MB). Ingenting er endret.`,
      );
    } else sendApiError(res, 400, 'invalid-input', 'Forespørselen er ikke gyldig JSON.');
    return null;
  }
}

/** `POST /api/<method>` with a JSON body: the same dispatch as IPC and the CLI, its reply as JSON. */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  server: { context: HostContext; port: number },
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    sendApiError(res, 405, 'invalid-input', 'API-et tar bare imot POST.');
    return;
  }
  if (isForeignOrigin(req, server.port)) {
    sendApiError(res, 403, 'unauthorized', 'Forespørsler fra andre nettsteder avvises.');
    return;
  }
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    sendApiError(res, 415, 'invalid-input', 'API-et tar bare imot JSON.');
    return;
  }
  const read = await readInput(req, res);
  if (!read) return;
  const reply = await dispatch(server.context, method, read.input);
  sendJson(res, reply.ok ? 200 : STATUS_FOR[reply.error.code], reply);
}
