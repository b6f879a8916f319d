import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, type BrowserWindow, Menu } from 'electron';
import { createHostContext } from './api/createContext';
import { rendererDistDir } from './appRoot';
import { nativeDeliverer } from './shell/delivery';
import { nativeDialogs } from './shell/dialogs';
import { wireFileOpening } from './shell/fileOpening';
import { wireIpc } from './shell/ipc';
import { buildMenu } from './shell/menu';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { applyAppWideSecurity } from './shell/security';
import { createMainWindow } from './shell/window';

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  const fileOpening = wireFileOpening(() => mainWindow);

  app.whenReady().then(async () => {
    applyAppWideSecurity();
    serveRenderer(rendererDistDir());
    const ctx = await createHostContext({
      mode: 'electron',
      dataDir: app.getPath('userData'),
      dialogs: nativeDialogs(() => mainWindow),
      files: nativeDeliverer(
        () => mainWindow,
        () => app.getPath('documents'),
      ),
    });
    const refreshMenu = async () =>
      Menu.setApplicationMenu(buildMenu(() => mainWindow, await ctx.settings.listRecent()));
    wireIpc(ctx, (method) => {
      if (method.startsWith('plan.') || method.startsWith('recent.')) void refreshMenu();
    });
    await refreshMenu();
    fileOpening.attach(ctx);
    mainWindow = createMainWindow(dirname(fileURLToPath(import.meta.url)), ctx.settings);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });

    let quitting = false;
    app.on('before-quit', (event) => {
      if (quitting) return;
      event.preventDefault();
      quitting = true;
      void ctx.dispose().finally(() => app.quit());
    });
    app.on('window-all-closed', () => app.quit());
  });
}
