import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePlan } from '../../core/plan/testPlan';
import { makeTempDir } from '../../tests/support/tempDir';
import { PlanBackups } from './planBackups';
import { PlanDocuments } from './planDocuments';
import { retitle } from './testing/edits';
import { apiErrorOf, fingerprint, writePlanFileRaw } from './testing/fixtures';

describe('PlanDocuments backups', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let planPath: string;
  let backupsDir: string;
  let clock: Date;
  const instances: PlanDocuments[] = [];

  /** A new session of the program, as after a restart. */
  const session = (keepBackups = 20) => {
    const documents = new PlanDocuments({
      backupsDir,
      autosaveDelayMs: 0,
      keepBackups,
      now: () => clock,
    });
    instances.push(documents);
    return documents;
  };
  const tick = () => {
    clock = new Date(clock.getTime() + 60_000);
  };
  const backupFiles = async () => {
    const folder = new PlanBackups(backupsDir, 20).folderFor(planPath);
    return (await readdir(folder).catch(() => [])).map((name) => join(folder, name));
  };
  const titleOn = async (path: string) => JSON.parse(await readFile(path, 'utf8')).plan.title as string;

  beforeEach(async () => {
    temp = await makeTempDir();
    backupsDir = join(temp.dir, 'backups');
    planPath = join(temp.dir, 'plan.planhjul.json');
    clock = new Date('2026-03-05T09:00:00Z');
    await writePlanFileRaw(planPath, samplePlan());
  });
  afterEach(async () => {
    for (const documents of instances.splice(0)) await documents.closeAll();
    await temp.cleanup();
  });

  it('copies the file on disk before the first write of a session, and only then', async () => {
    const original = await readFile(planPath);
    const documents = session();
    const doc = await documents.open(planPath);
    expect(await backupFiles()).toEqual([]);

    retitle(documents, doc.docId, 'Første endring');
    await documents.flush(doc.docId);
    const files = await backupFiles();
    expect(files).toHaveLength(1);
    expect(await readFile(files[0]!)).toEqual(original);

    retitle(documents, doc.docId, 'Andre endring');
    await documents.flush(doc.docId);
    expect(await backupFiles()).toHaveLength(1);
    expect(await documents.listBackups(planPath)).toEqual([
      {
        id: '2026-03-05T09-00-00-000Z.planhjul.json',
        createdAt: '2026-03-05T09:00:00.000Z',
        sizeBytes: original.length,
      },
    ]);
  });

  it('keeps only the newest N backups, newest first', async () => {
    for (let n = 1; n <= 5; n++) {
      tick();
      const documents = session(3);
      const doc = await documents.open(planPath);
      retitle(documents, doc.docId, `Økt ${n}`);
      await documents.close(doc.docId);
    }
    const listed = await session(3).listBackups(planPath);
    expect(listed.map((b) => b.createdAt)).toEqual([
      '2026-03-05T09:05:00.000Z',
      '2026-03-05T09:04:00.000Z',
      '2026-03-05T09:03:00.000Z',
    ]);
    const folder = new PlanBackups(backupsDir, 3).folderFor(planPath);
    // Each backup holds what the file was before that session wrote: sessions 5, 4 and 3 found 4, 3 and 2.
    expect(await Promise.all(listed.map((b) => titleOn(join(folder, b.id))))).toEqual([
      'Økt 4',
      'Økt 3',
      'Økt 2',
    ]);
    expect(await backupFiles()).toHaveLength(3);
  });

  it('lists only backups that are valid plans', async () => {
    const documents = session();
    const doc = await documents.open(planPath);
    retitle(documents, doc.docId, 'Endret');
    await documents.flush(doc.docId);
    const folder = new PlanBackups(backupsDir, 20).folderFor(planPath);
    await writeFile(join(folder, '2030-01-01T00-00-00-000Z.planhjul.json'), '{"format": "planhjulet"');
    await writeFile(join(folder, 'notater.txt'), 'ikke en kopi');
    const listed = await documents.listBackups(planPath);
    expect(listed.map((b) => b.id)).toEqual(['2026-03-05T09-00-00-000Z.planhjul.json']);
  });

  it('offers the newest good backup for a broken file and restores it beside it, leaving the broken file alone', async () => {
    const documents = session();
    const doc = await documents.open(planPath);
    retitle(documents, doc.docId, 'Siste gode');
    await documents.close(doc.docId);
    tick();
    const second = session();
    const again = await second.open(planPath);
    retitle(second, again.docId, 'Før skaden');
    await second.close(again.docId);

    const text = await readFile(planPath, 'utf8');
    await writeFile(planPath, text.slice(0, 200));
    const broken = await fingerprint(planPath);

    const error = await apiErrorOf(session().open(planPath));
    expect(error.body.code).toBe('invalid-plan-file');
    expect(error.body.backups?.map((b) => b.createdAt)).toEqual([
      '2026-03-05T09:01:00.000Z',
      '2026-03-05T09:00:00.000Z',
    ]);
    const newest = new Date('2026-03-05T09:01:00Z');
    const two = (n: number) => String(n).padStart(2, '0');
    expect(error.message).toContain(
      `nyeste gode sikkerhetskopien (fra ${two(newest.getDate())}.03.2026 kl. ${two(newest.getHours())}:${two(newest.getMinutes())})`,
    );

    const restorer = session();
    const restored = await restorer.restoreBackup(planPath, error.body.backups![0]!.id);
    expect(restored.path).toBe(join(temp.dir, 'plan (gjenopprettet 2026-03-05).planhjul.json'));
    expect(restored.readOnly).toBe(false);
    expect(restored.plan.title).toBe('Siste gode');
    expect(await titleOn(restored.path)).toBe('Siste gode');
    retitle(restorer, restored.docId, 'Videre arbeid');
    await restorer.close(restored.docId);

    const twice = await restorer.restoreBackup(planPath, error.body.backups![1]!.id);
    expect(twice.path).toBe(join(temp.dir, 'plan (gjenopprettet 2026-03-05)-2.planhjul.json'));
    expect(twice.plan.title).toBe('Trygg hverdag');
    await restorer.closeAll();

    expect(await fingerprint(planPath)).toEqual(broken);
    expect(await titleOn(restored.path)).toBe('Videre arbeid');
  });

  it('refuses a backup id that is not a backup of this plan', async () => {
    const error = await apiErrorOf(session().restoreBackup(planPath, '../../plan.planhjul.json'));
    expect(error.body.code).toBe('not-found');
    expect(await readdir(temp.dir)).toEqual(['plan.planhjul.json']);
  });
});
