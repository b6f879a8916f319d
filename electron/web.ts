import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHostContext, type HostContext } from './api/createContext';
import { rendererDistDir } from './appRoot';
import { admit, type Secrets } from './web/access';
import { handleApi } from './web/apiRoute';
import { DownloadShelf } from './web/downloads';
import { sendDownload, sendStatic } from './web/pageRoutes';
import { sendApiError, sendText } from './web/replies';

export { MAX_BODY_BYTES } from './web/apiRoute';

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

/** What an unexpected failure answers: JSON for the API's client, text for a page; never a stack trace. */
function sendInternalError(res: ServerResponse, api: boolean): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const message = 'Intern feil i Planhjulet. Ingenting er endret; prøv igjen.';
  if (api) sendApiError(res, 500, 'internal', message);
  else sendText(res, 500, message);
}

/**
 * Browser mode: the built renderer and the API over HTTP on 127.0.0.1 only. Nothing is served without the
 * per-run token (given once in the URL, then held in an HttpOnly SameSite=Strict cookie) and nothing is served
 * to a request whose Host header is not this loopback address and port. Every reply, errors included, carries
 * the same security headers.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const secrets: Secrets = {
    token: randomBytes(24).toString('base64url'),
    session: randomBytes(24).toString('base64url'),
  };
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

  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (!admit(req, res, url, port, secrets)) return;
    if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, url.pathname.slice('/api/'.length), { context, port });
    } else if (url.pathname.startsWith('/download/') && req.method === 'GET') {
      sendDownload(res, downloads, url.pathname.slice('/download/'.length));
    } else {
      await sendStatic(req, res, rendererDir, url.pathname);
    }
  };

  const server = createServer((req, res) => {
    const url = URL.parse(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url) {
      sendText(res, 400, 'Ugyldig adresse.');
      return;
    }
    route(req, res, url).catch((error: unknown) => {
      console.error(error);
      sendInternalError(res, url.pathname.startsWith('/api/'));
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
    url: `${origin}/?token=${secrets.token}`,
    origin,
    token: secrets.token,
    context,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await context.dispose();
    },
  };
}
