import { mkdir, readdir, rename, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, snapshotTree } from '../tests/support/tempDir';
import { startWebServer, type WebServer } from './web';

/**
 * The browser mode follows symlinks before it reads or writes: a link in its plans folder that leads out of it
 * (a folder or a single plan file) is refused for every call that takes a path, and is not listed.
 */
/** The few fields of the answers this test reads. */
interface Answer {
  docId?: string;
  entries?: { fileName: string }[];
  valid?: boolean;
  title?: string;
}

describe('browser mode and symlinks out of the data folder', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let server: WebServer;
  let plans: string;
  let elsewhere: string;

  const call = async (method: string, body: unknown) => {
    const reply = await fetch(`${server.origin}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return {
      status: reply.status,
      body: (await reply.json()) as { value: Answer; error?: { message: string } },
    };
  };
  const newPlan = { title: 'Trygg hverdag', municipality: 'Bodø', fromYear: 2026, toYear: 2029 };

  beforeAll(async () => {
    temp = await makeTempDir();
    const dataDir = join(temp.dir, 'data');
    plans = join(dataDir, 'plans');
    elsewhere = join(temp.dir, 'elsewhere');
    await mkdir(elsewhere);
    const rendererDir = join(temp.dir, 'renderer');
    await mkdir(rendererDir);
    server = await startWebServer({ dataDir, rendererDir, autosaveDelayMs: 0 });
    // A real plan, moved out of the data folder, with a link to it left behind in the plans folder.
    const created = await call('plan.create', { ...newPlan, path: 'secret.planhjul.json' });
    expect(created.status).toBe(200);
    await call('plan.close', { docId: created.body.value.docId ?? '' });
    await rename(join(plans, 'secret.planhjul.json'), join(elsewhere, 'secret.planhjul.json'));
    await symlink(join(elsewhere, 'secret.planhjul.json'), join(plans, 'link.planhjul.json'));
    await symlink(elsewhere, join(plans, 'linkdir'));
    const home = await call('plan.create', { ...newPlan, path: 'home.planhjul.json' });
    await call('plan.close', { docId: home.body.value.docId ?? '' });
  });
  afterAll(async () => {
    await server.close();
    await temp.cleanup();
  });

  it('refuses to create a plan in a linked folder that leads elsewhere, and writes nothing there', async () => {
    const before = await snapshotTree(elsewhere);
    const reply = await call('plan.create', { ...newPlan, path: 'linkdir/x.planhjul.json' });
    expect(reply.status).toBe(400);
    expect(reply.body.error?.message).toMatch(/I nettlesermodus kan Planhjulet bare bruke planer/);
    expect(await snapshotTree(elsewhere)).toEqual(before);
    expect(await readdir(elsewhere)).toEqual(['secret.planhjul.json']);
  });

  it('refuses every call that would read a linked plan file kept elsewhere', async () => {
    const linked = { path: 'link.planhjul.json' };
    const calls: [string, unknown][] = [
      ['plan.validate', linked],
      ['plan.open', linked],
      ['plan.check', linked],
      ['plan.caseData', linked],
      ['package.export', linked],
      ['export.plan', { source: linked }],
      ['library.outline', linked],
      ['backups.list', linked],
      ['plan.validate', { path: 'linkdir/secret.planhjul.json' }],
      ['package.export', { path: 'linkdir/secret.planhjul.json' }],
      ['library.copy', { ...newPlan, sourcePath: 'link.planhjul.json' }],
      ['library.copy', { ...newPlan, sourcePath: 'home.planhjul.json', path: 'linkdir/copy.planhjul.json' }],
    ];
    for (const [method, input] of calls) {
      const reply = await call(method, input);
      expect({ method, status: reply.status, message: reply.body.error?.message }).toMatchObject({
        method,
        status: 400,
        message: expect.stringMatching(/bare bruke planer som ligger i mappen/),
      });
    }
    expect(await readdir(elsewhere)).toEqual(['secret.planhjul.json']);
  });

  it('does not list a linked plan kept elsewhere', async () => {
    const library = await call('library.list', {});
    expect(library.status).toBe(200);
    expect(library.body.value.entries?.map((e) => e.fileName)).not.toContain('link.planhjul.json');
    const files = await call('files.list', {});
    expect((files.body.value as unknown as { fileName: string }[]).map((e) => e.fileName)).not.toContain(
      'link.planhjul.json',
    );
  });

  it('still opens a linked plan whose real place is inside the plans folder', async () => {
    await mkdir(join(plans, 'real'), { recursive: true });
    const created = await call('plan.create', { ...newPlan, path: 'real/inside.planhjul.json' });
    expect(created.status).toBe(200);
    await call('plan.close', { docId: created.body.value.docId ?? '' });
    await symlink(join(plans, 'real', 'inside.planhjul.json'), join(plans, 'inside-link.planhjul.json'));
    const validated = await call('plan.validate', { path: 'inside-link.planhjul.json' });
    expect(validated.body.value).toMatchObject({ valid: true, title: 'Trygg hverdag' });
  });
});
