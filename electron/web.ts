import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiErrorCode } from '../contract/errors';
import { createHostContext, type HostContext } from './api/createContext';
import { dispatch } from './api/dispatch';
import { rendererDistDir } from './appRoot';
import { contentDisposition, DownloadShelf } from './web/downloads';
import {
  bearerToken,
  CONTENT_SECURITY_POLICY,
  hostIsAllowed,
  isLoopbackAddress,
  readCookie,
  SESSION_COOKIE,
  secretsEqual,
} from './web/security';
import { readStaticFile } from './web/staticFiles';

/** Largest request body accepted: a 300-measure plan with four years of status is far below this. */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

export interface WebServerOptions {
  dataDir: string;
  port?: number;
  rendererDir?: string;
  autosaveDelayMs?: number;
}

export interface WebServer {
  /** The address to open, with the per-run token: http://127.0.0.1:PORT/?token=… */
  url: string;
  origin: string;
  token: string;
  context: HostContext;
  close(): Promise<void>;
}

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

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * Browser mode: the built renderer and the API over HTTP on 127.0.0.1 only. Nothing is served without the
 * per-run token (given once in the URL, then held in an HttpOnly SameSite=Strict cookie) and nothing is served
 * to a request whose Host header is not this loopback address and port.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url');
  const session = randomBytes(24).toString('base64url');
  const rendererDir = options.rendererDir ?? rendererDistDir();
  const downloads = new DownloadShelf();
  const context = await createHostContext({
    mode: 'web',
    files: downloads,
    dataDir: options.dataDir,
    restrictToPlansDir: true,
    ...(options.autosaveDelayMs !== undefined ? { autosaveDelayMs: options.autosaveDelayMs } : {}),
  });
  let port = 0;

  const isAuthorised = (req: IncomingMessage): boolean => {
    const cookie = readCookie(req, SESSION_COOKIE);
    const bearer = bearerToken(req);
    return (
      (cookie !== undefined && secretsEqual(cookie, session)) ||
      (bearer !== undefined && secretsEqual(bearer, token))
    );
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!isLoopbackAddress(req.socket.remoteAddress) || !hostIsAllowed(req.headers.host, port)) {
      sendText(res, 403, 'Planhjulet svarer bare på 127.0.0.1.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const givenToken = url.searchParams.get('token');
    if (req.method === 'GET' && givenToken !== null) {
      if (!secretsEqual(givenToken, token)) {
        sendText(res, 401, 'Feil nøkkel. Åpne adressen som Planhjulet skrev ut da det startet.');
        return;
      }
      res.writeHead(303, {
        location: '/',
        'set-cookie': `${SESSION_COOKIE}=${session}; HttpOnly; SameSite=Strict; Path=/`,
        'cache-control': 'no-store',
      });
      res.end();
      return;
    }
    if (!isAuthorised(req)) {
      sendText(
        res,
        401,
        'Mangler nøkkel. Åpne adressen som Planhjulet skrev ut da det startet (med ?token=…).',
      );
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, url.pathname.slice('/api/'.length));
      return;
    }
    if (url.pathname.startsWith('/download/') && req.method === 'GET') {
      const file = downloads.take(url.pathname.slice('/download/'.length));
      if (!file) {
        sendText(res, 404, 'Filen er ikke lenger tilgjengelig. Eksporter på nytt.');
        return;
      }
      res.writeHead(200, {
        'content-type': file.mimeType,
        'content-disposition': contentDisposition(file.fileName),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      });
      res.end(Buffer.from(file.bytes));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Metoden er ikke tillatt.');
      return;
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) {
      const missingBuild = url.pathname === '/';
      sendText(
        res,
        404,
        missingBuild
          ? `Brukergrensesnittet er ikke bygget (${rendererDir} mangler). Kjør «npm run build» og start på nytt.`
          : 'Fant ikke siden.',
      );
      return;
    }
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': url.pathname === '/' || url.pathname.endsWith('.html') ? 'no-store' : 'max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, method: string): Promise<void> => {
    if (req.method !== 'POST') {
      sendText(res, 405, 'API-et tar bare imot POST.');
      return;
    }
    const origin = req.headers.origin;
    if (
      origin !== undefined &&
      origin !== `http://127.0.0.1:${port}` &&
      origin !== `http://localhost:${port}`
    ) {
      sendText(res, 403, 'Forespørsler fra andre nettsteder avvises.');
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendText(res, 415, 'API-et tar bare imot JSON.');
      return;
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        sendJson(res, 413, {
          ok: false,
          error: { code: 'invalid-input', message: 'Forespørselen er for stor. Ingenting er endret.' },
        });
      } else {
        sendJson(res, 400, {
          ok: false,
          error: { code: 'invalid-input', message: 'Forespørselen er ikke gyldig JSON.' },
        });
      }
      return;
    }
    const reply = await dispatch(context, method, input);
    sendJson(res, reply.ok ? 200 : STATUS_FOR[reply.error.code], reply);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendText(res, 500, 'Intern feil i Planhjulet.');
      else res.end();
    });
  });
  server.requestTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    context,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await context.dispose();
    },
  };
}
