import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../tests/support/tempDir';
import { MAX_BODY_BYTES, startWebServer, type WebServer } from './web';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the test controls the Host header and cookies exactly. */
function raw(
  server: WebServer,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  const url = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: url.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: options.headers,
        setHost: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe('browser mode server', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let server: WebServer;
  let host: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    const rendererDir = join(temp.dir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Planhjulet</title>');
    server = await startWebServer({ dataDir: join(temp.dir, 'data'), rendererDir, autosaveDelayMs: 0 });
    host = new URL(server.origin).host;
  });
  afterAll(async () => {
    await server.close();
    await temp.cleanup();
  });

  const api = (method: string, body: unknown, headers: Record<string, string>) =>
    raw(server, {
      path: `/api/${method}`,
      method: 'POST',
      headers: { host, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('prints a loopback address with a token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
  });

  it('refuses pages and API calls without the token', async () => {
    expect((await raw(server, { path: '/', headers: { host } })).status).toBe(401);
    expect((await api('app.info', {}, {})).status).toBe(401);
    expect((await raw(server, { path: '/?token=wrong', headers: { host } })).status).toBe(401);
    expect((await api('app.info', {}, { authorization: 'Bearer wrong' })).status).toBe(401);
  });

  it('refuses a request whose Host is not this loopback address, even with the token', async () => {
    for (const wrongHost of [
      'evil.example:80',
      `attacker.test:${new URL(server.origin).port}`,
      '127.0.0.1:1',
    ]) {
      const page = await raw(server, { path: `/?token=${server.token}`, headers: { host: wrongHost } });
      expect(page.status).toBe(403);
      const call = await api('app.info', {}, { host: wrongHost, authorization: `Bearer ${server.token}` });
      expect(call.status).toBe(403);
    }
  });

  it('trades the token for a session cookie and then serves the page and the API', async () => {
    const login = await raw(server, { path: `/?token=${server.token}`, headers: { host } });
    expect(login.status).toBe(303);
    const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
    expect(String(login.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await raw(server, { path: '/', headers: { host, cookie } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const info = await api('app.info', {}, { cookie });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ ok: true, value: { mode: 'web', nativeDialogs: false } });
  });

  it('refuses cross-site API calls and non-JSON bodies', async () => {
    const auth = { authorization: `Bearer ${server.token}` };
    expect((await api('app.info', {}, { ...auth, origin: 'https://evil.example' })).status).toBe(403);
    const form = await raw(server, {
      path: '/api/app.info',
      method: 'POST',
      headers: { host, ...auth, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
  });

  it('answers a body over the limit with a 413 the client receives, and stays up', async () => {
    const auth = { authorization: `Bearer ${server.token}` };
    const huge = await raw(server, {
      path: '/api/plan.validate',
      method: 'POST',
      headers: { host, ...auth, 'content-type': 'application/json' },
      body: Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20),
    });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: expect.stringMatching(/for stor \(over 20 MB\)\. Ingenting er endret/),
      },
    });
    expect(huge.headers['content-security-policy']).toContain("default-src 'self'");
    // fetch, as the page's client calls: a body sent in chunks without a declared length.
    let sent = 0;
    const chunks = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 21) controller.close();
        else controller.enqueue(new Uint8Array(1024 * 1024).fill(0x20));
        sent += 1;
      },
    });
    const streamed = await fetch(`${server.origin}/api/plan.validate`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await api('app.info', {}, auth)).status).toBe(200);
  });

  it('answers an invalid payload with 400 and the reason', async () => {
    const reply = await api(
      'plan.create',
      { title: '', municipality: 'Bodø', fromYear: 2026, toYear: 2025 },
      {
        authorization: `Bearer ${server.token}`,
      },
    );
    expect(reply.status).toBe(400);
    const body = JSON.parse(reply.body) as { error: { message: string } };
    expect(body.error.message).toMatch(/Skriv en tittel|slutter før/);
  });

  it('never serves files outside the renderer folder', async () => {
    const login = await raw(server, { path: `/?token=${server.token}`, headers: { host } });
    const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
    for (const path of [
      '/../data/settings.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2fdata%2fsettings.json',
    ]) {
      expect((await raw(server, { path, headers: { host, cookie } })).status).toBe(404);
    }
  });
});

describe('browser mode downloads', () => {
  it('hands a produced file out only with the session, with its Norwegian name intact', async () => {
    const temp = await makeTempDir();
    const server = await startWebServer({ dataDir: temp.dir, rendererDir: temp.dir });
    try {
      const host = new URL(server.origin).host;
      const delivery = await server.context.files.deliver({
        fileName: 'Årsrapport for Bodø.docx',
        bytes: new TextEncoder().encode('innhold'),
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
      expect(delivery.savedPath).toBeNull();
      expect(delivery.downloadUrl).toMatch(/^download\/[\w-]{20,}$/);
      await expect(
        server.context.files.deliver({ fileName: 'x', bytes: new Uint8Array(), mimeType: 'x' }, '/tmp/x'),
      ).rejects.toThrow(/Bare kommandolinjen/);
      const path = `/${delivery.downloadUrl}`;
      expect((await raw(server, { path, headers: { host } })).status).toBe(401);
      const login = await raw(server, { path: `/?token=${server.token}`, headers: { host } });
      const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
      const file = await raw(server, { path, headers: { host, cookie } });
      expect(file.status).toBe(200);
      expect(file.body).toBe('innhold');
      expect(String(file.headers['content-disposition'])).toContain(
        "filename*=UTF-8''%C3%85rsrapport%20for%20Bod%C3%B8.docx",
      );
      expect((await raw(server, { path: '/download/unknown', headers: { host, cookie } })).status).toBe(404);
    } finally {
      await server.close();
      await temp.cleanup();
    }
  });
});

describe('browser mode security headers', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let server: WebServer;
  let host: string;
  let cookie: string;

  beforeAll(async () => {
    temp = await makeTempDir();
    const rendererDir = join(temp.dir, 'renderer');
    await mkdir(rendererDir);
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Planhjulet</title>');
    await writeFile(join(rendererDir, 'app.js'), 'export {};');
    server = await startWebServer({ dataDir: join(temp.dir, 'data'), rendererDir, autosaveDelayMs: 0 });
    host = new URL(server.origin).host;
    const login = await raw(server, { path: `/?token=${server.token}`, headers: { host } });
    cookie = String(login.headers['set-cookie']).split(';')[0] as string;
  });
  afterAll(async () => {
    await server.close();
    await temp.cleanup();
  });

  const post = (path: string, headers: Record<string, string>, body = '{}') =>
    raw(server, {
      path,
      method: 'POST',
      headers: { host, 'content-type': 'application/json', ...headers },
      body,
    });

  it('sends the pages’ headers with every reply: pages, API answers, downloads and every error', async () => {
    const delivery = await server.context.files.deliver({
      fileName: 'Årshjul\u000b 2027 \ud800.svg',
      bytes: new TextEncoder().encode('<svg/>'),
      mimeType: 'image/svg+xml',
    });
    const replies: Array<[string, number, Promise<RawResponse>]> = [
      ['login', 303, raw(server, { path: `/?token=${server.token}`, headers: { host } })],
      ['page', 200, raw(server, { path: '/', headers: { host, cookie } })],
      ['asset', 200, raw(server, { path: '/app.js', headers: { host, cookie } })],
      ['API answer', 200, post('/api/app.info', { cookie })],
      ['API refusal', 400, post('/api/plan.create', { cookie })],
      ['API unknown method', 404, post('/api/plan.nothing', { cookie })],
      ['download', 200, raw(server, { path: `/${delivery.downloadUrl}`, headers: { host, cookie } })],
      ['page without session', 401, raw(server, { path: '/', headers: { host } })],
      ['API without session', 401, post('/api/app.info', {})],
      ['wrong token', 401, raw(server, { path: '/?token=wrong', headers: { host } })],
      ['foreign host', 403, raw(server, { path: '/', headers: { host: 'evil.example', cookie } })],
      ['foreign origin', 403, post('/api/app.info', { cookie, origin: 'https://evil.example' })],
      ['missing page', 404, raw(server, { path: '/nothing.html', headers: { host, cookie } })],
      ['gone download', 404, raw(server, { path: '/download/gone', headers: { host, cookie } })],
      ['API by GET', 405, raw(server, { path: '/api/app.info', headers: { host, cookie } })],
      ['page by POST', 405, raw(server, { path: '/', method: 'POST', headers: { host, cookie } })],
      ['not JSON', 415, post('/api/app.info', { cookie, 'content-type': 'text/plain' })],
      ['broken JSON', 400, post('/api/app.info', { cookie }, '{')],
    ];
    for (const [name, status, pending] of replies) {
      const reply = await pending;
      expect(reply.status, name).toBe(status);
      expect(reply.headers['content-security-policy'], name).toMatch(
        /default-src 'self'.*frame-ancestors 'none'/,
      );
      expect(reply.headers['x-content-type-options'], name).toBe('nosniff');
      expect(reply.headers['referrer-policy'], name).toBe('no-referrer');
      expect(reply.headers['cache-control'], name).toBe(name === 'asset' ? 'max-age=3600' : 'no-store');
    }
  });

  it('answers API errors in the JSON envelope the page’s client reads', async () => {
    for (const reply of [
      await post('/api/app.info', {}),
      await post('/api/app.info', { cookie, origin: 'https://evil.example' }),
      await raw(server, { path: '/api/app.info', headers: { host, cookie } }),
      await post('/api/app.info', { cookie, 'content-type': 'text/plain' }),
    ]) {
      expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { message: expect.any(String) } });
    }
  });

  it('names a download even when the file name holds control characters or a lone surrogate', async () => {
    const delivery = await server.context.files.deliver({
      fileName: 'Plan\u0001 for\u000bBodø \udc00.docx',
      bytes: new Uint8Array([1]),
      mimeType: 'application/octet-stream',
    });
    const file = await raw(server, { path: `/${delivery.downloadUrl}`, headers: { host, cookie } });
    expect(file.status).toBe(200);
    expect(String(file.headers['content-disposition'])).toContain(
      "filename*=UTF-8''Plan%20for%20Bod%C3%B8%20.docx",
    );
  });

  it('answers the start page with a readable HTML page when the page is not built', async () => {
    const bare = await startWebServer({
      dataDir: join(temp.dir, 'data-unbuilt'),
      rendererDir: join(temp.dir, 'not-built'),
      autosaveDelayMs: 0,
    });
    try {
      const bareHost = new URL(bare.origin).host;
      const login = await raw(bare, { path: `/?token=${bare.token}`, headers: { host: bareHost } });
      const cookie = String(login.headers['set-cookie']).split(';')[0] as string;
      const page = await raw(bare, { path: '/', headers: { host: bareHost, cookie } });
      expect(page.status).toBe(503);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
      expect(page.body).toContain('<html lang="nb">');
      expect(page.body).toContain('<h1>Planhjulet er ikke klart ennå</h1>');
      expect(page.body).toContain('npm run build:renderer');
      expect(page.body).not.toContain(temp.dir);
    } finally {
      await bare.close();
    }
  });
});
