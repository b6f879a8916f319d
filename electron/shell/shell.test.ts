import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's binary cannot run here, so its API is replaced by recorders: the tests check what our glue asks
// Electron to do (window options, IPC checks, navigation rules), which is where the security settings live.
const recorded = vi.hoisted(() => ({
  windowOptions: [] as Record<string, unknown>[],
  ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
  contentsHandlers: new Map<string, (...args: unknown[]) => unknown>(),
  openHandler: null as null | ((details: { url: string }) => { action: string }),
  openedExternally: [] as string[],
  questions: [] as Array<{ message?: string; detail?: string; buttons?: string[] }>,
  answers: [] as number[],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents = { send: vi.fn() };
    constructor(options: Record<string, unknown>) {
      recorded.windowOptions.push(options);
    }
    once() {}
    on() {}
    maximize() {}
    loadURL() {
      return Promise.resolve();
    }
    static fromWebContents() {
      return null;
    }
  }
  return {
    BrowserWindow,
    screen: { getPrimaryDisplay: () => ({ workAreaSize: { width: 1920, height: 1080 } }) },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) =>
        recorded.ipcHandlers.set(channel, handler),
    },
    shell: { openExternal: async (url: string) => recorded.openedExternally.push(url) },
    dialog: {
      showMessageBox: async (...args: unknown[]) => {
        recorded.questions.push(args.at(-1) as (typeof recorded.questions)[number]);
        return { response: recorded.answers.shift() ?? 1 };
      },
    },
    app: { on: vi.fn() },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
      },
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  };
});

const { createMainWindow } = await import('./window');
const { wireIpc } = await import('./ipc');
const { lockDownWebContents, openOutside } = await import('./security');
const { IPC_INVOKE } = await import('../ipcChannels');

const settings = { get: () => ({ language: 'nb', recent: [] }), setWindow: vi.fn() };

describe('Electron shell', () => {
  beforeEach(() => {
    recorded.windowOptions.length = 0;
    recorded.ipcHandlers.clear();
  });

  it('creates the window with context isolation, sandbox and no Node integration', () => {
    createMainWindow('/app/dist-electron', settings as never);
    const prefs = recorded.windowOptions[0]?.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(prefs.preload).toBe('/app/dist-electron/preload.cjs');
  });

  it('answers IPC only from the app page main frame, and validates the payload', async () => {
    const ctx = { mode: 'electron' } as never;
    wireIpc(ctx, () => undefined);
    const handler = recorded.ipcHandlers.get(IPC_INVOKE)!;
    const frame = (url: string) => ({ url });
    const mainFrame = frame('app://planhjulet/index.html');
    const fromApp = { senderFrame: mainFrame, sender: { mainFrame } };
    const fromElsewhere = {
      senderFrame: frame('https://evil.example/'),
      sender: { mainFrame: frame('https://evil.example/') },
    };
    const fromSubframe = { senderFrame: frame('app://planhjulet/x.html'), sender: { mainFrame } };

    for (const event of [fromElsewhere, fromSubframe]) {
      expect(await handler(event, 'app.info', {})).toMatchObject({
        ok: false,
        error: { code: 'unauthorized' },
      });
    }
    expect(await handler(fromApp, 42, {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await handler(fromApp, 'plan.open', { path: 12 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('blocks navigation away from the app and every new window', async () => {
    const handlers = new Map<string, (event: { preventDefault(): void }, url: string) => void>();
    let windowOpen: ((details: { url: string }) => { action: string }) | null = null;
    const contents = {
      on: (name: string, handler: (event: { preventDefault(): void }, url: string) => void) =>
        handlers.set(name, handler),
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: string }) => {
        windowOpen = handler;
      },
    };
    lockDownWebContents(contents as never);
    const attempt = (name: string, url: string) => {
      const event = {
        prevented: false,
        preventDefault() {
          this.prevented = true;
        },
      };
      handlers.get(name)!(event, url);
      return event.prevented;
    };
    expect(attempt('will-navigate', 'https://evil.example/')).toBe(true);
    expect(attempt('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(attempt('will-navigate', 'app://planhjulet/index.html#/plan/overview')).toBe(false);
    expect(attempt('will-redirect', 'http://127.0.0.1:1/')).toBe(true);
    expect(windowOpen!({ url: 'https://www.bufdir.no/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(recorded.openedExternally).toEqual(['https://www.bufdir.no/']));
    expect(windowOpen!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(windowOpen!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(recorded.questions).toHaveLength(1));
    expect(recorded.openedExternally).toHaveLength(1);
  });

  it('opens known sites at once, asks before any other address, and never opens other schemes', async () => {
    recorded.openedExternally.length = 0;
    recorded.questions.length = 0;
    expect(await openOutside('https://lovdata.no/lov/2005-05-20-28/§219', null)).toBe(true);
    expect(recorded.questions).toHaveLength(0);

    recorded.answers.push(1); // Avbryt
    expect(await openOutside('https://lovdata.no.evil.example/', null)).toBe(false);
    expect(recorded.questions[0]).toMatchObject({
      message: 'Vil du åpne denne adressen utenfor Planhjulet?',
      buttons: ['Åpne', 'Avbryt'],
    });
    expect(recorded.questions[0]?.detail).toContain('https://lovdata.no.evil.example/');

    recorded.answers.push(0); // Åpne
    expect(await openOutside('https://www.vg.no/', null)).toBe(true);
    recorded.answers.push(0);
    expect(await openOutside('https://lоvdata.no/', null)).toBe(true); // Cyrillic «о»: shown and opened as punycode
    expect(recorded.questions[2]?.detail).toContain('https://xn--lvdata-');

    for (const url of ['file:///etc/passwd', 'smb://server/share', 'ms-msdt:/id PCWDiagnostic']) {
      expect(await openOutside(url, null)).toBe(false);
    }
    expect(recorded.questions).toHaveLength(3);
    expect(recorded.openedExternally).toEqual([
      'https://lovdata.no/lov/2005-05-20-28/%C2%A7219',
      'https://www.vg.no/',
      expect.stringMatching(/^https:\/\/xn--lvdata-/),
    ]);
  });
});
