import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendApiError, sendText, writeHead } from './replies';
import {
  bearerToken,
  hostIsAllowed,
  isLoopbackAddress,
  readCookie,
  SESSION_COOKIE,
  secretsEqual,
} from './security';

/** The per-run secrets: the token printed once in the URL, and the session the cookie carries after it. */
export interface Secrets {
  token: string;
  session: string;
}

function refuse(res: ServerResponse, api: boolean, status: 401 | 403, message: string): false {
  if (api) sendApiError(res, status, 'unauthorized', message);
  else sendText(res, status, message);
  return false;
}

/**
 * Lets a request through (true) or answers it (false): 403 unless it comes from loopback and names this
 * server in its Host header (DNS rebinding); a GET with `?token=` trades a right token for the session cookie
 * (303 to the start page) and a wrong one for 401; anything else without the session or the token gets 401.
 */
export function admit(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  port: number,
  secrets: Secrets,
): boolean {
  const api = url.pathname.startsWith('/api/');
  if (!isLoopbackAddress(req.socket.remoteAddress) || !hostIsAllowed(req.headers.host, port)) {
    return refuse(res, api, 403, 'Planhjulet svarer bare på 127.0.0.1.');
  }
  const givenToken = url.searchParams.get('token');
  if (req.method === 'GET' && givenToken !== null) {
    if (!secretsEqual(givenToken, secrets.token)) {
      return refuse(res, api, 401, 'Feil nøkkel. Åpne adressen som Planhjulet skrev ut da det startet.');
    }
    writeHead(res, 303, {
      location: '/',
      'set-cookie': `${SESSION_COOKIE}=${secrets.session}; HttpOnly; SameSite=Strict; Path=/`,
    });
    res.end();
    return false;
  }
  const cookie = readCookie(req, SESSION_COOKIE);
  const bearer = bearerToken(req);
  const authorised =
    (cookie !== undefined && secretsEqual(cookie, secrets.session)) ||
    (bearer !== undefined && secretsEqual(bearer, secrets.token));
  if (!authorised) {
    return refuse(
      res,
      api,
      401,
      'Mangler nøkkel. Åpne adressen som Planhjulet skrev ut da det startet (med ?token=…).',
    );
  }
  return true;
}
