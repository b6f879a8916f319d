/**
 * Test fixture, run as its own process by the crash-safety test: opens a plan and saves it in a tight loop,
 * with content and size changing every time, until it is killed. Prints `saved` after the first save.
 * Usage: node saveLoopChild.mjs <plan path> <backups dir>
 */
import { hostname } from 'node:os';
import { op } from '../../../core/operations/registry';
import { newStep } from '../../../core/operations/step';
import { Measure } from '../../../core/schema/measure';
import type { Plan } from '../../../core/schema/plan';
import { PlanDocuments } from '../planDocuments';

const [planPath, backupsDir] = process.argv.slice(2);
if (!planPath || !backupsDir) throw new Error('usage: saveLoopChild <plan path> <backups dir>');

const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøåÆØÅ 0123456789.,;:«»–';
const NOISE = Array.from({ length: 100_000 }, () => LETTERS[Math.floor(Math.random() * LETTERS.length)]).join(
  '',
);

/** Random-looking text of `length` characters (a random slice of a random string: cheap to make). */
function text(length: number): string {
  const start = Math.floor(Math.random() * (NOISE.length - length));
  return NOISE.slice(start, start + length);
}

function variant(base: Plan, round: number): Plan {
  const focusAreaId = base.focusAreas[0]!.id;
  const count = Math.floor(Math.random() * 150);
  const huge = Math.random() < 0.1;
  const measures = Array.from({ length: count }, (_, i) =>
    Measure.parse({
      id: `m-${round}-${i}`,
      focusAreaId,
      title: `Tiltak ${i} i runde ${round}`,
      description: text(huge && i === 0 ? 45_000 : Math.floor(Math.random() * 2000)),
    }),
  );
  return { ...base, title: `Runde ${round}`, measures, statusUpdates: [] };
}

const documents = new PlanDocuments({
  backupsDir,
  autosaveDelayMs: 0,
  keepBackups: 3,
  owner: { user: 'crash-test', host: hostname() },
});
const doc = await documents.open(planPath);
if (doc.readOnly) throw new Error(`opened read-only: ${doc.readOnlyReason}`);
const base = doc.plan;
for (let round = 1; ; round++) {
  documents.applyOwn(doc.docId, newStep([op('plan.replace', { plan: variant(base, round) })]));
  await documents.flush(doc.docId);
  if (round === 1) process.stdout.write('saved\n');
}
