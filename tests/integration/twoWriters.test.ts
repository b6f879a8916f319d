import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentState, OpenDocument } from '../../contract/methods/plan';
import { op } from '../../core/operations/registry';
import { newStep } from '../../core/operations/step';
import { wrapPlanFile } from '../../core/plan/create';
import type { Plan } from '../../core/schema/plan';
import { runCliProcess } from '../support/cli';
import { realisticPlan } from '../support/realisticPlan';
import { makeTempDir } from '../support/tempDir';

/** One machine's copy of Planhjulet in browser mode, as a separate process, driven over its HTTP API. */
interface Machine {
  process: ChildProcess;
  call<T>(method: string, input: unknown): Promise<T>;
}

async function startMachine(dataDir: string): Promise<Machine> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/cli.ts', 'serve', '--data', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<URL>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('http://127.0.0.1:'));
      if (line) resolve(new URL(line.trim()));
    });
    child.once('exit', (code) => reject(new Error(`serve ended (${code}) before it printed its address`)));
  });
  const token = url.searchParams.get('token') ?? '';
  return {
    process: child,
    async call<T>(method: string, input: unknown): Promise<T> {
      const response = await fetch(`${url.origin}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      const reply = (await response.json()) as
        | { ok: true; value: T }
        | { ok: false; error: { message: string } };
      if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
      return reply.value;
    },
  };
}

/** What OneDrive, Teams or SharePoint do with a changed file: the other copy is replaced by rename. */
async function syncFile(from: string, to: string): Promise<void> {
  await writeFile(`${to}.sync-tmp`, await readFile(from));
  await rename(`${to}.sync-tmp`, to);
}

const planOn = async (path: string): Promise<Plan> => JSON.parse(await readFile(path, 'utf8')).plan;
const titles = (plan: Plan) => plan.measures.map((m) => m.title);

describe('two writers of one plan, kept in step by a sync client', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let atOffice: string;
  let atHome: string;
  let office: Machine;
  let home: Machine | null = null;
  let doc: OpenDocument;
  let revision: number;

  const apply = async (machine: Machine, docId: string, calls: Parameters<typeof newStep>[0]) => {
    const state = await machine.call<DocumentState & { applied: number }>('plan.apply', {
      docId,
      baseRevision: revision,
      steps: [newStep(calls)],
    });
    revision = state.revision;
    return state;
  };

  beforeAll(async () => {
    temp = await makeTempDir();
    await mkdir(join(temp.dir, 'kontor', 'plans'), { recursive: true });
    await mkdir(join(temp.dir, 'hjemme', 'plans'), { recursive: true });
    atOffice = join(temp.dir, 'kontor', 'plans', 'plan.planhjul.json');
    atHome = join(temp.dir, 'hjemme', 'plans', 'plan.planhjul.json');
    const plan = { ...realisticPlan(), statusUpdates: [] };
    await writeFile(atOffice, JSON.stringify(wrapPlanFile(plan), null, 2));
    await syncFile(atOffice, atHome);
    office = await startMachine(join(temp.dir, 'kontor'));
    doc = await office.call<OpenDocument>('plan.open', { path: 'plan.planhjul.json' });
    revision = doc.revision;
  });

  afterAll(async () => {
    office?.process.kill('SIGTERM');
    home?.process.kill('SIGTERM');
    await temp.cleanup();
  });

  it('keeps the edits of both, whether the plan was idle or had unsaved edits when the other version came', async () => {
    const [first, second] = doc.plan.measures;
    await apply(office, doc.docId, [
      op('measure.update', { id: first!.id, changes: { title: 'Kontorets første' } }),
    ]);
    await office.call('plan.flush', { docId: doc.docId });
    await syncFile(atOffice, atHome);

    // At home, the command line imports a measure list into the synced copy.
    const csv = join(temp.dir, 'tiltak.csv');
    await writeFile(csv, 'Tiltak;Ansvarlig\nLage felles rutine for legevakten;Legevakten\n');
    const imported = await runCliProcess(['import', atHome, '--measures', csv], join(temp.dir, 'cli-home'));
    expect(imported.code, imported.stderr).toBe(0);
    await syncFile(atHome, atOffice);

    // The office has no unsaved edits: the new version is loaded, and the user is told.
    const loaded = await office.call<DocumentState>('plan.sync', { docId: doc.docId, revision });
    expect(loaded.notices.map((n) => n.kind)).toEqual(['reloaded']);
    expect(titles(loaded.plan!)).toContain('Lage felles rutine for legevakten');
    expect(titles(loaded.plan!)).toContain('Kontorets første');
    revision = loaded.revision;

    // Now an edit at the office waits for its autosave while home imports again and the sync client brings it.
    await apply(office, doc.docId, [
      op('measure.update', { id: second!.id, changes: { title: 'Kontorets andre' } }),
    ]);
    await writeFile(csv, 'Tiltak;Ansvarlig\nHolde kurs om vold for NAV-veiledere;NAV\n');
    const again = await runCliProcess(['import', atHome, '--measures', csv], join(temp.dir, 'cli-home'));
    expect(again.code, again.stderr).toBe(0);
    await syncFile(atHome, atOffice);
    const merged = await office.call<DocumentState>('plan.flush', { docId: doc.docId, revision });
    expect(merged.notices.map((n) => n.kind)).toEqual(['merged']);
    revision = merged.revision;

    const saved = await planOn(atOffice);
    expect(titles(saved)).toEqual(
      expect.arrayContaining([
        'Kontorets første',
        'Kontorets andre',
        'Lage felles rutine for legevakten',
        'Holde kurs om vold for NAV-veiledere',
      ]),
    );
    // The version from outside that the merge wrote over is in the backups.
    const backups = await readdir(join(temp.dir, 'kontor', 'backups'), { recursive: true });
    expect(backups.filter((name) => name.endsWith('.planhjul.json')).length).toBeGreaterThanOrEqual(2);
    await syncFile(atOffice, atHome);
    expect(await planOn(atHome)).toEqual(saved);
  });

  it('writes a conflict copy when one deletes a measure the other is editing, and says where both versions are', async () => {
    home = await startMachine(join(temp.dir, 'hjemme'));
    const homeDoc = await home.call<OpenDocument>('plan.open', { path: 'plan.planhjul.json' });
    const target = homeDoc.plan.measures.find((m) => m.title === 'Lage felles rutine for legevakten')!;
    await home.call('plan.apply', {
      docId: homeDoc.docId,
      baseRevision: homeDoc.revision,
      steps: [newStep([op('measure.remove', { id: target.id })])],
    });
    await home.call('plan.flush', { docId: homeDoc.docId });

    // At the office the same measure is being edited when the deletion arrives.
    await apply(office, doc.docId, [
      op('measure.update', { id: target.id, changes: { description: 'Skrevet på kontoret' } }),
    ]);
    await syncFile(atHome, atOffice);
    const state = await office.call<DocumentState>('plan.flush', { docId: doc.docId, revision });
    const notice = state.notices.find((n) => n.kind === 'conflict');
    expect(notice?.message).toMatch(/endret utenfor Planhjulet/);
    expect(notice?.message).toMatch(/konflikt/);
    expect(notice?.conflictCopy).toMatch(
      /plan \(konflikt .+ \d{4}-\d{2}-\d{2} \d{2}\.\d{2}\)\.planhjul\.json$/,
    );

    // The plan file has the deletion; the conflict copy beside it has the office's version with the edit.
    expect(titles(await planOn(atOffice))).not.toContain(target.title);
    const copy = await planOn(notice!.conflictCopy!);
    expect(copy.measures.find((m) => m.id === target.id)?.description).toBe('Skrevet på kontoret');
    expect(titles(copy)).toContain('Kontorets andre');
  });
});
