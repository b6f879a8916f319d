import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron's binary cannot run here, so its API is replaced by recorders: the tests check what our glue asks
// Electron to do (window options, IPC checks, navigation rules), which is where the security settings live.
const recorded = vi.hoisted(() => ({
  windowOptions: [] as Record<string, unknown>[],
  ipcHandlers: new Map<string, (...args: unknown[]) => unknown>(),
  contentsHandlers: new Map<string, (...args: unknown[]) => unknown>(),
  openHandler: null as null | ((details: { url: string }) => { action: string }),
  openedExternally: [] as string[],
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
  }
  return {
    BrowserWindow,
    screen: { getPrimaryDisplay: () => ({ workAreaSize: { width: 1920, height: 1080 } }) },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) =>
        recorded.ipcHandlers.set(channel, handler),
    },
    shell: { openExternal: (url: string) => recorded.openedExternally.push(url) },
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
const { lockDownWebContents } = await import('./security');
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

  it('blocks navigation away from the app and every new window', () => {
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
    expect(recorded.openedExternally).toEqual(['https://www.bufdir.no/']);
    expect(windowOpen!({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(recorded.openedExternally).toHaveLength(1);
  });
});
