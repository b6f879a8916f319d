import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { op } from '../../core/operations/registry';
import { newStep } from '../../core/operations/step';
import { wrapPlanFile } from '../../core/plan/create';
import { PlanDocuments } from '../../electron/store/planDocuments';
import { bigPlan } from '../../tests/support/bigPlan';
import { line, median } from './measure';

const RUNS = 21;

/**
 * Autosave of the big plan (the atomic write through lowdb of a pending change) against a bare stringify +
 * write + rename; and, for the full picture, the schema check every edit passes before it is accepted.
 */
export async function benchAutosave(dir: string): Promise<string[]> {
  const plan = bigPlan();
  const documents = new PlanDocuments({ backupsDir: join(dir, 'backups'), autosaveDelayMs: 60_000 });
  const doc = await documents.create(join(dir, 'bench.planhjul.json'), plan);
  let counter = 0;
  const floorPath = join(dir, 'floor.planhjul.json');
  const saves: number[] = [];
  const edits: number[] = [];
  const floors: number[] = [];
  // One autosave, then one bare write, in turns: a disk or machine that slows down for a while slows both alike.
  for (let i = 0; i <= RUNS; i += 1) {
    counter += 1;
    const editStart = performance.now();
    documents.applyOwn(
      doc.docId,
      newStep([op('plan.updateDetails', { changes: { title: `Plan ${counter}` } })]),
    );
    const saveStart = performance.now();
    await documents.flush(doc.docId);
    const end = performance.now();
    const text = JSON.stringify(wrapPlanFile({ ...plan, title: `Plan ${counter}` }));
    await writeFile(`${floorPath}.tmp`, text);
    await rename(`${floorPath}.tmp`, floorPath);
    // The first turn warms both up and is not counted.
    if (i === 0) continue;
    saves.push((end - saveStart) / 1000);
    edits.push((end - editStart) / 1000);
    floors.push((performance.now() - end) / 1000);
  }
  await documents.closeAll();
  const [autosave, editAndSave, floor] = [median(saves), median(edits), median(floors)];
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
