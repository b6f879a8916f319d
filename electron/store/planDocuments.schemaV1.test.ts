import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/support/tempDir';
import { PlanDocuments } from './planDocuments';

const FIXTURE = 'tests/fixtures/schema-v1/fjordvik.v1.planhjul.json';

describe('PlanDocuments with a file from schema version 1', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let documents: PlanDocuments;

  beforeEach(async () => {
    temp = await makeTempDir();
    documents = new PlanDocuments({ backupsDir: join(temp.dir, 'backups'), autosaveDelayMs: 0 });
  });
  afterEach(async () => {
    await documents.closeAll();
    await temp.cleanup();
  });

  it('opens it migrated, says so, and saves it as version 2 with «new money» as earmarked', async () => {
    const path = join(temp.dir, 'gammel.planhjul.json');
    await copyFile(FIXTURE, path);
    const opened = await documents.open(path);
    expect(opened.migratedFrom).toBe(1);
    await documents.flush(opened.docId);
    const saved = JSON.parse(await readFile(path, 'utf8'));
    expect(saved.schemaVersion).toBe(2);
    const funding = saved.plan.measures.map((m: { resources: { funding?: string } }) => m.resources.funding);
    expect(funding).toContain('earmarked');
    expect(funding).not.toContain('new-money');
    expect(saved.plan.measures).toHaveLength(
      JSON.parse(await readFile(FIXTURE, 'utf8')).plan.measures.length,
    );
  });
});
