import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { op } from '../../core/operations/registry';
import { newStep } from '../../core/operations/step';
import { wrapPlanFile } from '../../core/plan/create';
import { PlanDocuments } from '../../electron/store/planDocuments';
import { bigPlan } from '../../tests/support/bigPlan';
import { line, medianSeconds } from './measure';

/**
 * Autosave of the big plan (the atomic write through lowdb of a pending change) against a bare stringify +
 * write + rename; and, for the full picture, the schema check every edit passes before it is accepted.
 */
export async function benchAutosave(dir: string): Promise<string[]> {
  const plan = bigPlan();
  const documents = new PlanDocuments({ backupsDir: join(dir, 'backups'), autosaveDelayMs: 60_000 });
  const doc = await documents.create(join(dir, 'bench.planhjul.json'), plan);
  let counter = 0;
  const flushTimes: number[] = [];
  const editAndSave = await medianSeconds(15, async () => {
    counter += 1;
    documents.applyOwn(
      doc.docId,
      newStep([op('plan.updateDetails', { changes: { title: `Plan ${counter}` } })]),
    );
    const start = performance.now();
    await documents.flush(doc.docId);
    flushTimes.push((performance.now() - start) / 1000);
  });
  const floorPath = join(dir, 'floor.planhjul.json');
  const floor = await medianSeconds(15, async () => {
    counter += 1;
    const text = JSON.stringify(wrapPlanFile({ ...plan, title: `Plan ${counter}` }));
    await writeFile(`${floorPath}.tmp`, text);
    await rename(`${floorPath}.tmp`, floorPath);
  });
  await documents.closeAll();
  flushTimes.sort((a, b) => a - b);
  const autosave = flushTimes[Math.floor(flushTimes.length / 2)] as number;
  return [
    line('autosave (write of a pending edit)', autosave, 'stringify+write+rename', floor, '≤ 2× floor'),
    line(
      '  schema check of the edit + autosave',
      editAndSave,
      'stringify+write+rename',
      floor,
      'for reference',
    ),
  ];
}
