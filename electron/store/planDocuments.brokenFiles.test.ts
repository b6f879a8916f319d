import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wrapPlanFile } from '../../core/plan/create';
import { samplePlan } from '../../core/plan/testPlan';
import { makeTempDir } from '../../tests/support/tempDir';
import { PlanDocuments } from './planDocuments';
import { retitle } from './testing/edits';
import { apiErrorOf, exists, fingerprint, writePlanFileRaw } from './testing/fixtures';

const goodText = JSON.stringify(wrapPlanFile(samplePlan()), null, 2);
const { title: _title, ...planWithoutTitle } = samplePlan();

const brokenFiles: { name: string; content: string; expectInMessage: RegExp }[] = [
  { name: 'truncated', content: goodText.slice(0, goodText.length / 2), expectInMessage: /ikke gyldig JSON/ },
  { name: 'empty', content: '', expectInMessage: /Filen er tom/ },
  {
    name: 'invalid JSON',
    content: '{"format": "planhjulet", schemaVersion: 1}',
    expectInMessage: /ikke gyldig JSON/,
  },
  {
    name: 'wrong-shaped',
    content: JSON.stringify({ format: 'planhjulet', schemaVersion: 1, plan: planWithoutTitle }),
    expectInMessage: /plan\.title/,
  },
];

describe('PlanDocuments with a broken plan file', () => {
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

  it.each(brokenFiles)('refuses a $name file with a clear message and never writes to it', async (broken) => {
    const brokenPath = join(temp.dir, 'skadet.planhjul.json');
    await writeFile(brokenPath, broken.content);
    const before = await fingerprint(brokenPath);
    const goodPath = join(temp.dir, 'god.planhjul.json');
    await writePlanFileRaw(goodPath, samplePlan());
    const good = await documents.open(goodPath);

    const error = await apiErrorOf(documents.open(brokenPath));
    expect(error.body.code).toBe('invalid-plan-file');
    expect(error.body.path).toBe(brokenPath);
    expect(error.message).toContain('«skadet.planhjul.json»');
    expect(error.message).toMatch(broken.expectInMessage);
    expect(error.message).toContain('Filen er ikke endret');
    expect(error.body.problems?.length).toBeGreaterThan(0);
    expect(error.body.backups).toEqual([]);

    // Everything else the store does leaves the broken file alone.
    retitle(documents, good.docId, 'Endret');
    await documents.flush(good.docId);
    await apiErrorOf(documents.open(brokenPath));
    expect(await documents.listBackups(brokenPath)).toEqual([]);
    await documents.closeAll();

    expect(await fingerprint(brokenPath)).toEqual(before);
    expect(await exists(`${brokenPath}.lock`)).toBe(false);
    expect((await readdir(temp.dir)).sort()).toEqual([
      'backups',
      'god.planhjul.json',
      'skadet.planhjul.json',
    ]);
  });

  it('names the JSON path of every shape problem it shows', async () => {
    const plan = samplePlan();
    const broken = { ...plan, measures: [{ ...plan.measures[0]!, focusAreaId: 'finnes-ikke' }] };
    const brokenPath = join(temp.dir, 'feil-form.planhjul.json');
    await writeFile(brokenPath, JSON.stringify(wrapPlanFile(broken)));
    const error = await apiErrorOf(documents.open(brokenPath));
    expect(error.body.problems).toContainEqual({
      path: 'plan.measures[0].focusAreaId',
      message: 'Tiltaket peker på et satsingsområde som ikke finnes',
    });
    expect(error.message).toContain('plan.measures[0].focusAreaId: Tiltaket peker på et satsingsområde');
  });

  it('opens a plan from a newer program read-only and says to update', async () => {
    const newerPath = join(temp.dir, 'ny.planhjul.json');
    await writeFile(newerPath, JSON.stringify({ ...wrapPlanFile(samplePlan()), schemaVersion: 99 }));
    const before = await fingerprint(newerPath);
    const doc = await documents.open(newerPath);
    expect(doc.readOnly).toBe(true);
    expect(doc.readOnlyReason).toMatch(/nyere versjon av Planhjulet.*Oppdater Planhjulet/);
    await documents.close(doc.docId);
    expect(await fingerprint(newerPath)).toEqual(before);
  });

  it('says plainly when the file is not there', async () => {
    const missing = join(temp.dir, 'borte.planhjul.json');
    const error = await apiErrorOf(documents.open(missing));
    expect(error.body.code).toBe('not-found');
    expect(error.message).toContain(`Fant ikke filen ${missing}`);
    expect(await exists(missing)).toBe(false);
    expect(await exists(`${missing}.lock`)).toBe(false);
  });
});
