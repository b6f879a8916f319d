import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { samplePlan } from '../../core/plan/testPlan';
import { CURRENT_SCHEMA_VERSION } from '../../core/schema/planFile';
import { makeTempDir } from '../../tests/support/tempDir';
import { PlanDocuments } from './planDocuments';
import { retitle } from './testing/edits';
import { apiErrorOfSync, fingerprint, writePlanFileRaw } from './testing/fixtures';

/** A plan file as a newer Planhjulet might write it: a field on the plan and one on a measure this one lacks. */
function newerFileText(schemaVersion: number): string {
  const file = wrapPlanFile(samplePlan()) as unknown as {
    schemaVersion: number;
    plan: { measures: Record<string, unknown>[]; [key: string]: unknown };
  };
  file.schemaVersion = schemaVersion;
  file.plan.crisisProfile = { shelter: 'Krisesenteret i Salten', nights: 42 };
  (file.plan.measures[1] as Record<string, unknown>).budget = { amount: 150000, currency: 'NOK' };
  return JSON.stringify(file, null, 2);
}

describe('PlanDocuments and files from a newer Planhjulet', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let planPath: string;
  let documents: PlanDocuments;

  beforeEach(async () => {
    temp = await makeTempDir();
    planPath = join(temp.dir, 'plan.planhjul.json');
    documents = new PlanDocuments({ backupsDir: join(temp.dir, 'backups'), autosaveDelayMs: 0 });
  });
  afterEach(async () => {
    await documents.closeAll();
    await temp.cleanup();
  });

  for (const [label, version] of [
    ['a newer schema version', CURRENT_SCHEMA_VERSION + 1],
    ['fields this version does not know', CURRENT_SCHEMA_VERSION],
  ] as const) {
    it(`opens a plan with ${label} read-only, saying why, and never rewrites it`, async () => {
      await writeFile(planPath, newerFileText(version));
      const before = await fingerprint(planPath);

      const doc = await documents.open(planPath);
      expect(doc.readOnly).toBe(true);
      expect(doc.readOnlyReason).toContain('laget med en nyere versjon av Planhjulet');
      if (version === CURRENT_SCHEMA_VERSION) expect(doc.readOnlyReason).toContain('plan.crisisProfile');
      expect(doc.plan.title).toBe(samplePlan().title);
      expect(apiErrorOfSync(() => retitle(documents, doc.docId, 'Endret')).body.code).toBe('read-only');
      await documents.flush(doc.docId);
      await documents.close(doc.docId);

      expect(await fingerprint(planPath)).toEqual(before);
      expect(await readdir(temp.dir)).toEqual(['plan.planhjul.json']);
    });
  }

  it('refuses a newer version it cannot read at all, as before', async () => {
    const file = JSON.parse(newerFileText(7));
    file.plan.measures = 'et nytt format';
    await writeFile(planPath, JSON.stringify(file));
    await expect(documents.open(planPath)).rejects.toMatchObject({ body: { code: 'invalid-plan-file' } });
  });

  it('does not take in (and write over) a version a newer Planhjulet saved while the plan is open', async () => {
    await writePlanFileRaw(planPath, samplePlan());
    const doc = await documents.open(planPath);
    expect(doc.readOnly).toBe(false);
    const newer = newerFileText(CURRENT_SCHEMA_VERSION);
    await writeFile(planPath, newer);
    retitle(documents, doc.docId, 'Endret her');
    await expect(documents.flush(doc.docId)).rejects.toMatchObject({ body: { code: 'write-failed' } });
    expect(await readFile(planPath, 'utf8')).toBe(newer);
    const state = await documents.sync(doc.docId, 0);
    expect(state.notices.map((n) => n.message).join(' ')).toContain(
      'laget med en nyere versjon av Planhjulet',
    );
    // Closing tries the write once more and fails the same way; the newer version stays as it was.
    await expect(documents.closeAll()).rejects.toMatchObject({ body: { code: 'write-failed' } });
    expect(await readFile(planPath, 'utf8')).toBe(newer);
  });
});
