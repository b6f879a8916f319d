import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTempDir } from '../../tests/support/tempDir';

// Electron's binary cannot run here: its API is replaced by recorders, as in shell.test.ts. What the test
// checks is what our glue does with the events Electron would send (open-file, second-instance, the page's
// ready message) and what it asks Electron to show (native dialogs).
const recorded = vi.hoisted(() => ({
  appHandlers: new Map<string, (...args: unknown[]) => void>(),
  ipcHandlers: new Map<string, (...args: unknown[]) => void>(),
  dialogs: [] as Array<{ type?: string; message?: string; detail?: string; buttons?: string[] }>,
  answers: [] as number[],
}));

vi.mock('electron', () => ({
  app: {
    on: (name: string, handler: (...args: unknown[]) => void) => recorded.appHandlers.set(name, handler),
  },
  ipcMain: {
    on: (channel: string, handler: (...args: unknown[]) => void) =>
      recorded.ipcHandlers.set(channel, handler),
    handle: vi.fn(),
  },
  dialog: {
    showMessageBox: async (...args: unknown[]) => {
      recorded.dialogs.push(args.at(-1) as (typeof recorded.dialogs)[number]);
      return { response: recorded.answers.shift() ?? 0 };
    },
  },
}));

const { wireFileOpening } = await import('./fileOpening');
const { createHostContext } = await import('../api/createContext');
const { dispatch } = await import('../api/dispatch');
const { IPC_MENU_COMMAND, IPC_MENU_READY } = await import('../ipcChannels');

/** The page's main frame saying it listens; returns what the main process sends back to it. */
function pageReady(url = 'app://planhjulet/index.html'): string[] {
  const sent: string[] = [];
  const mainFrame = { url };
  const sender = {
    mainFrame,
    send: (channel: string, command: string) => channel === IPC_MENU_COMMAND && sent.push(command),
  };
  recorded.ipcHandlers.get(IPC_MENU_READY)?.({ senderFrame: mainFrame, sender });
  return sent;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('opening files the system hands the app', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let ctx: Awaited<ReturnType<typeof createHostContext>>;
  const argv = process.argv;
  const window = { isMinimized: vi.fn(() => true), restore: vi.fn(), focus: vi.fn() };

  beforeEach(async () => {
    temp = await makeTempDir();
    ctx = await createHostContext({ mode: 'electron', dataDir: join(temp.dir, 'data'), autosaveDelayMs: 0 });
    recorded.appHandlers.clear();
    recorded.ipcHandlers.clear();
    recorded.dialogs.length = 0;
    recorded.answers.length = 0;
  });
  afterEach(async () => {
    process.argv = argv;
    await ctx.dispose();
    await temp.cleanup();
  });

  it('opens a plan given on the first start’s command line once the backend and the page are ready', async () => {
    process.argv = [
      '/opt/Planhjulet/planhjulet',
      '--no-sandbox',
      '/home/kari/Trygg.planhjul.json',
      'notes.txt',
    ];
    const opening = wireFileOpening(() => window as never);
    const early = pageReady();
    await settle();
    expect(early).toEqual([]); // the backend is not up yet
    opening.attach(ctx);
    await settle();
    expect(early).toEqual(['open-recent:/home/kari/Trygg.planhjul.json']);
  });

  it('takes macOS’s open-file event, also before the app is ready, and answers only our own page', async () => {
    process.argv = ['/Applications/Planhjulet.app/Contents/MacOS/Planhjulet', '-psn_0_12345'];
    const opening = wireFileOpening(() => null);
    const event = { preventDefault: vi.fn() };
    recorded.appHandlers.get('open-file')?.(event, '/Users/kari/Plan.planhjul.json');
    expect(event.preventDefault).toHaveBeenCalled();
    opening.attach(ctx);
    expect(pageReady('https://evil.example/')).toEqual([]);
    const sent = pageReady();
    await settle();
    expect(sent).toEqual(['open-recent:/Users/kari/Plan.planhjul.json']);
  });

  it('brings the window forward and opens what a second start was given, relative to its folder', async () => {
    process.argv = ['/opt/Planhjulet/planhjulet'];
    const opening = wireFileOpening(() => window as never);
    opening.attach(ctx);
    const sent = pageReady();
    recorded.appHandlers.get('second-instance')?.(
      {},
      ['/opt/Planhjulet/planhjulet', '--allow-file-access-from-files', 'planer/Ny.PLANHJUL.JSON'],
      '/home/kari',
    );
    await settle();
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(sent).toEqual(['open-recent:/home/kari/planer/Ny.PLANHJUL.JSON']);
  });

  it('imports a double-clicked plan package after the user has seen what it holds, then opens the plan', async () => {
    const source = join(temp.dir, 'fauske.planhjul.json');
    const made = await dispatch(ctx, 'plan.create', {
      title: 'Trygg i Fauske',
      municipality: 'Fauske',
      fromYear: 2026,
      toYear: 2029,
      path: source,
    });
    expect(made.ok).toBe(true);
    const packagePath = join(temp.dir, 'fauske.planhjulpakke.json');
    expect((await dispatch(ctx, 'package.export', { path: source, out: packagePath })).ok).toBe(true);
    process.argv = ['/opt/Planhjulet/planhjulet'];
    const opening = wireFileOpening(() => null);
    opening.attach(ctx);
    const sent = pageReady();

    recorded.answers.push(2); // Avbryt: the plan exists already, so the buttons are new / replace / cancel
    opening.add([packagePath]);
    await settle();
    expect(recorded.dialogs[0]).toMatchObject({
      type: 'question',
      message: 'Importere «Trygg i Fauske» (Fauske, 2026–2029)?',
      buttons: ['Importer som ny plan', 'Erstatt planen som finnes', 'Avbryt'],
    });
    expect(sent).toEqual([]);

    recorded.answers.push(0);
    opening.add([packagePath]);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    const imported = (sent[0] as string).slice('open-recent:'.length);
    expect(imported).not.toBe(source);
    expect(JSON.parse(await readFile(imported, 'utf8')).plan.title).toBe('Trygg i Fauske');
  });

  it('says in a native dialog why a broken package cannot be imported, and opens nothing', async () => {
    const broken = join(temp.dir, 'ødelagt.planhjulpakke.json');
    await writeFile(broken, '{"format": "noe annet"}');
    const opening = wireFileOpening(() => null);
    opening.attach(ctx);
    const sent = pageReady();
    opening.add([broken]);
    await vi.waitFor(() => expect(recorded.dialogs).toHaveLength(1));
    expect(recorded.dialogs[0]).toMatchObject({
      type: 'error',
      message: 'Kunne ikke importere ødelagt.planhjulpakke.json.',
    });
    expect(recorded.dialogs[0]?.detail).toMatch(/\S/);
    expect(sent).toEqual([]);
  });
});
