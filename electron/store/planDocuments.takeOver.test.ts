import { readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePlan } from '../../core/plan/testPlan';
import { makeTempDir } from '../../tests/support/tempDir';
import { PlanBackups } from './planBackups';
import { PlanDocuments } from './planDocuments';
import { retitle } from './testing/edits';
import { apiErrorOf, exists, fingerprint, writePlanFileRaw } from './testing/fixtures';

const HOUR = 60 * 60 * 1000;

describe('taking over a plan someone else holds the lock on («Overta»)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let planPath: string;
  let documents: PlanDocuments;
  const backupsDir = () => join(temp.dir, 'backups');

  const lockFrom = async (host: string, hoursAgo: number) => {
    const since = new Date(Date.now() - hoursAgo * HOUR).toISOString();
    const text = JSON.stringify({ user: 'kari', host, pid: 4242, since });
    await writeFile(`${planPath}.lock`, text);
    return { since, text };
  };

  beforeEach(async () => {
    temp = await makeTempDir();
    planPath = join(temp.dir, 'plan.planhjul.json');
    await writePlanFileRaw(planPath, samplePlan());
    documents = new PlanDocuments({
      backupsDir: backupsDir(),
      autosaveDelayMs: 0,
      owner: { user: 'ola', host: hostname() },
    });
  });
  afterEach(async () => {
    await documents.closeAll();
    await temp.cleanup();
  });

  it('says who holds the lock and since when, and offers to take it over', async () => {
    const { since } = await lockFrom('KONTOR-12', 1);
    const doc = await documents.open(planPath);
    expect(doc.readOnly).toBe(true);
    expect(doc.lock).toEqual({ user: 'kari', host: 'KONTOR-12', pid: 4242, since, canTakeOver: true });
    expect(doc.readOnlyReason).toMatch(
      /^Planen er åpen hos kari på maskinen KONTOR-12 siden .*kan du overta den\.$/,
    );
  });

  it('shows a lock from another machine older than 12 hours as probably stale', async () => {
    await lockFrom('KONTOR-12', 13);
    const doc = await documents.open(planPath);
    expect(doc.lock).toMatchObject({ probablyStale: true, canTakeOver: true });
    expect(doc.readOnlyReason).toContain(
      'over 12 timer gammel og fra en annen maskin, så den er trolig glemt',
    );
  });

  it('takes over: backs the file up first, replaces their lock, takes in what they saved, then saves edits', async () => {
    const { since } = await lockFrom('KONTOR-12', 2);
    const doc = await documents.open(planPath);
    // Kari saves once more before the plan is taken over.
    const theirs = { ...doc.plan, title: 'Karis siste versjon' };
    const theirBytes = await writePlanFileRaw(planPath, theirs);

    const taken = await documents.takeOver(doc.docId, since);
    expect(taken.readOnly).toBe(false);
    expect(taken.docId).toBe(doc.docId);
    expect(taken.plan.title).toBe('Karis siste versjon');
    const backup = await new PlanBackups(backupsDir(), 20).read(planPath, taken.backupId);
    expect(backup?.equals(theirBytes)).toBe(true);
    const lock = JSON.parse(await readFile(`${planPath}.lock`, 'utf8'));
    expect(lock).toMatchObject({ user: 'ola', host: hostname(), pid: process.pid });

    retitle(documents, doc.docId, 'Overtatt og endret');
    await documents.flush(doc.docId);
    expect(JSON.parse(await readFile(planPath, 'utf8')).plan.title).toBe('Overtatt og endret');
    await documents.close(doc.docId);
    expect(await exists(`${planPath}.lock`)).toBe(false);
  });

  it('refuses when the lock changed since it was shown, and leaves the new holder’s lock and the file alone', async () => {
    const { since } = await lockFrom('KONTOR-12', 2);
    const doc = await documents.open(planPath);
    const newer = await lockFrom('KONTOR-7', 0);
    const before = await fingerprint(planPath);
    const error = await apiErrorOf(documents.takeOver(doc.docId, since));
    expect(error.body.code).toBe('read-only');
    expect(error.message).toContain('låsen er endret siden du så den');
    expect(await readFile(`${planPath}.lock`, 'utf8')).toBe(newer.text);
    expect(await fingerprint(planPath)).toEqual(before);
    expect(documents.get(doc.docId).readOnly).toBe(true);
  });

  it('offers no take-over to a second window of this same program', async () => {
    const first = await documents.open(planPath);
    const second = await documents.open(planPath);
    expect(second.readOnly).toBe(true);
    expect(second.lock?.canTakeOver).toBeUndefined();
    const error = await apiErrorOf(documents.takeOver(second.docId, second.lock?.since ?? ''));
    expect(error.message).toContain('Planen kan ikke overtas');
    expect(documents.get(first.docId).readOnly).toBe(false);
    expect((await readdir(temp.dir)).sort()).toEqual(['plan.planhjul.json', 'plan.planhjul.json.lock']);
  });
});
