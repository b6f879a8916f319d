import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { samplePlan } from '../../core/plan/testPlan';
import { makeTempDir } from '../../tests/support/tempDir';
import { PlanDocuments } from './planDocuments';
import { retitle } from './testing/edits';
import { apiErrorOf, apiErrorOfSync, exists, fingerprint, writePlanFileRaw } from './testing/fixtures';

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

async function readLock(planPath: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(`${planPath}.lock`, 'utf8'));
}

describe('PlanDocuments locking', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let planPath: string;
  const instances: PlanDocuments[] = [];
  const open = (owner = { user: 'ola', host: hostname() }) => {
    const documents = new PlanDocuments({ backupsDir: join(temp.dir, 'backups'), autosaveDelayMs: 0, owner });
    instances.push(documents);
    return documents;
  };

  beforeEach(async () => {
    temp = await makeTempDir();
    planPath = join(temp.dir, 'plan.planhjul.json');
    await writePlanFileRaw(planPath, samplePlan());
  });
  afterEach(async () => {
    for (const documents of instances.splice(0)) await documents.closeAll();
    await temp.cleanup();
  });

  it('opens a plan locked by someone else read-only, says who and since when, and refuses edits', async () => {
    const since = new Date(2026, 10, 25, 10, 42).toISOString();
    const lockText = JSON.stringify({ user: 'kari', host: 'KONTOR-12', pid: process.pid, since });
    await writeFile(`${planPath}.lock`, lockText);
    const before = await fingerprint(planPath);
    const documents = open();

    const doc = await documents.open(planPath);
    expect(doc.readOnly).toBe(true);
    expect(doc.readOnlyReason).toMatch(
      /^Planen er åpen hos kari på maskinen KONTOR-12 siden 25\.11\.2026 kl\. 10:42\. (Du kan lese den, men ikke endre den|Låsen er over 12 timer gammel)/,
    );
    expect(doc.lock).toMatchObject({
      user: 'kari',
      host: 'KONTOR-12',
      pid: process.pid,
      since,
      canTakeOver: true,
    });

    const refused = apiErrorOfSync(() => retitle(documents, doc.docId, 'Mitt'));
    expect(refused.body.code).toBe('read-only');
    expect(refused.message).toContain('kari');
    expect(documents.get(doc.docId).plan.title).toBe('Trygg hverdag');
    await documents.flush(doc.docId);
    await documents.close(doc.docId);

    expect(await fingerprint(planPath)).toEqual(before);
    expect(await readFile(`${planPath}.lock`, 'utf8')).toBe(lockText);
  });

  it('takes over a stale lock left on this machine by a process that is gone', async () => {
    await writeFile(
      `${planPath}.lock`,
      JSON.stringify({ user: 'ola', host: hostname(), pid: deadPid(), since: new Date().toISOString() }),
    );
    const documents = open();
    const doc = await documents.open(planPath);
    expect(doc.readOnly).toBe(false);
    expect(await readLock(planPath)).toMatchObject({ user: 'ola', host: hostname(), pid: process.pid });

    retitle(documents, doc.docId, 'Overtatt');
    await documents.close(doc.docId);
    expect(JSON.parse(await readFile(planPath, 'utf8')).plan.title).toBe('Overtatt');
    expect(await exists(`${planPath}.lock`)).toBe(false);
  });

  it('takes over a lock file that cannot be read', async () => {
    await writeFile(`${planPath}.lock`, '{"user": "ka');
    const doc = await open().open(planPath);
    expect(doc.readOnly).toBe(false);
    expect(await readLock(planPath)).toMatchObject({ pid: process.pid });
  });

  it('keeps a lock from another machine even if its pid means nothing here', async () => {
    await writeFile(
      `${planPath}.lock`,
      JSON.stringify({ user: 'kari', host: 'KONTOR-12', pid: deadPid(), since: new Date().toISOString() }),
    );
    const doc = await open().open(planPath);
    expect(doc.readOnly).toBe(true);
  });

  it('gives a second window of the same program a read-only copy and keeps the first one writable', async () => {
    const documents = open();
    const first = await documents.open(planPath);
    retitle(documents, first.docId, 'Fra første vindu');

    const second = await documents.open(planPath);
    expect(second.readOnly).toBe(true);
    expect(second.readOnlyReason).toMatch(/åpen i et annet vindu/);
    expect(second.plan.title).toBe('Fra første vindu');
    expect(apiErrorOfSync(() => retitle(documents, second.docId, 'Fra andre vindu')).body.code).toBe(
      'read-only',
    );

    retitle(documents, first.docId, 'Fortsatt skrivbar');
    await documents.close(second.docId);
    expect(await exists(`${planPath}.lock`)).toBe(true);
    await documents.close(first.docId);
    expect(await exists(`${planPath}.lock`)).toBe(false);
    expect(JSON.parse(await readFile(planPath, 'utf8')).plan.title).toBe('Fortsatt skrivbar');
  });

  it('makes another instance (another program) read-only until the first one closes', async () => {
    const kari = open({ user: 'kari', host: hostname() });
    const ola = open({ user: 'ola', host: hostname() });
    const karis = await kari.open(planPath);

    const olas = await ola.open(planPath);
    expect(olas.readOnly).toBe(true);
    expect(olas.readOnlyReason).toContain(`hos kari på maskinen ${hostname()}`);
    await ola.close(olas.docId);

    await kari.close(karis.docId);
    const again = await ola.open(planPath);
    expect(again.readOnly).toBe(false);
  });

  it('creates a new plan with its lock and refuses to create over an existing file', async () => {
    const documents = open();
    const newPath = join(temp.dir, 'undermappe', 'ny.planhjul.json');
    const doc = await documents.create(newPath, samplePlan());
    expect(doc.readOnly).toBe(false);
    expect(doc.save.savedAt).not.toBeNull();
    expect(await readLock(newPath)).toMatchObject({ user: 'ola', pid: process.pid });

    const before = await fingerprint(planPath);
    const error = await apiErrorOf(documents.create(planPath, { ...samplePlan(), title: 'Over' }));
    expect(error.body.code).toBe('already-exists');
    expect(error.message).toContain('«plan.planhjul.json»');
    expect(await fingerprint(planPath)).toEqual(before);
    expect(await exists(`${planPath}.lock`)).toBe(false);
  });

  it('lets a read-only plan be saved as a copy, which is then writable', async () => {
    await writeFile(
      `${planPath}.lock`,
      JSON.stringify({ user: 'kari', host: 'KONTOR-12', pid: 1, since: new Date().toISOString() }),
    );
    const before = await fingerprint(planPath);
    const documents = open();
    const doc = await documents.open(planPath);
    const copyPath = join(temp.dir, 'kopi.planhjul.json');

    const copy = await documents.saveAs(doc.docId, copyPath);
    expect(copy).toMatchObject({ docId: doc.docId, path: copyPath, readOnly: false });
    expect(copy.lock).toBeUndefined();
    retitle(documents, doc.docId, 'Min kopi');
    await documents.close(doc.docId);

    expect(JSON.parse(await readFile(copyPath, 'utf8')).plan.title).toBe('Min kopi');
    expect(await fingerprint(planPath)).toEqual(before);
    expect(JSON.parse(await readFile(`${planPath}.lock`, 'utf8')).user).toBe('kari');
  });
});

describe('archived plans', () => {
  it('opens a plan that has expired (archived after revision) read-only, and refuses changes', async () => {
    const temp = await makeTempDir();
    try {
      const path = join(temp.dir, 'old.planhjul.json');
      const text = JSON.stringify(wrapPlanFile({ ...samplePlan(), lifecycle: 'expired' }));
      await writeFile(path, text);
      const documents = new PlanDocuments({ backupsDir: join(temp.dir, 'backups'), autosaveDelayMs: 0 });
      const doc = await documents.open(path);
      expect(doc.readOnly).toBe(true);
      expect(doc.readOnlyReason).toMatch(/utløpt og arkivert/);
      expect(apiErrorOfSync(() => retitle(documents, doc.docId, 'Endret')).body.code).toBe('read-only');
      await documents.closeAll();
      expect(await readFile(path, 'utf8')).toBe(text);
    } finally {
      await temp.cleanup();
    }
  });
});
