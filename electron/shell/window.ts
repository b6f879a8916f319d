import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import type { SettingsStore } from '../store/settings';
import { APP_ORIGIN } from './protocol';

/** The main window with Electron's security checklist applied and its size remembered. */
export function createMainWindow(preloadDir: string, settings: SettingsStore): BrowserWindow {
  const saved = settings.get().window;
  const area = screen.getPrimaryDisplay().workAreaSize;
  const window = new BrowserWindow({
    width: Math.min(saved?.width ?? 1280, area.width),
    height: Math.min(saved?.height ?? 860, area.height),
    ...(saved?.x !== undefined && saved?.y !== undefined ? { x: saved.x, y: saved.y } : {}),
    minWidth: 800,
    minHeight: 600,
    title: 'Planhjulet',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: join(preloadDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: true,
    },
  });
  if (saved?.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  const remember = () => {
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    void settings.setWindow({ ...bounds, maximized: window.isMaximized() });
  };
  window.on('resized', remember);
  window.on('moved', remember);
  window.on('close', remember);
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
