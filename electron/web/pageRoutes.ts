import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentDisposition, type DownloadShelf } from './downloads';
import { sendText, writeHead } from './replies';
import { readStaticFile } from './staticFiles';

/** `GET /download/<id>`: a file an export left on the shelf, as an attachment with its Norwegian name. */
export function sendDownload(res: ServerResponse, downloads: DownloadShelf, id: string): void {
  const file = downloads.take(id);
  if (!file) {
    sendText(res, 404, 'Filen er ikke lenger tilgjengelig. Eksporter på nytt.');
    return;
  }
  writeHead(res, 200, {
    'content-type': file.mimeType,
    'content-disposition': contentDisposition(file.fileName),
  });
  res.end(Buffer.from(file.bytes));
}

/** The built renderer: its files by path, the start page for `/`. Pages are never cached; assets for an hour. */
export async function sendStatic(
  req: IncomingMessage,
  res: ServerResponse,
  rendererDir: string,
  pathname: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    sendText(res, 405, 'Metoden er ikke tillatt.');
    return;
  }
  const file = await readStaticFile(rendererDir, pathname);
  if (!file && pathname === '/') {
    sendNotBuilt(res);
    return;
  }
  if (!file) {
    sendText(res, 404, 'Fant ikke siden.');
    return;
  }
  const page = pathname === '/' || pathname.endsWith('.html');
  writeHead(res, 200, {
    'content-type': file.contentType,
    'cache-control': page ? 'no-store' : 'max-age=3600',
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}

/**
 * The start page when the page has not been built (a server started without `serve`'s own check): a readable
 * page that says what to do, not a bare line of text. The folder is not named: the page is no place for paths.
 */
function sendNotBuilt(res: ServerResponse): void {
  writeHead(res, 503, { 'content-type': 'text/html; charset=utf-8' });
  res.end(
    [
      '<!doctype html>',
      '<html lang="nb">',
      '<head><meta charset="utf-8"><title>Planhjulet er ikke bygget</title></head>',
      '<body>',
      '<main>',
      '<h1>Planhjulet er ikke klart ennå</h1>',
      '<p>Brukergrensesnittet er ikke bygget. Kjør <code>npm run build:renderer</code> i Planhjulet-mappen, ',
      'eller start på nytt med <code>npm run planhjulet -- serve</code>, som bygger det selv. Last så inn siden igjen.</p>',
      '</main>',
      '</body>',
      '</html>',
    ].join('\n'),
  );
}
