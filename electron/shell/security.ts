import { app, BrowserWindow, dialog, session, shell, type WebContents } from 'electron';
import { linkDecision } from './linkPolicy';
import { APP_ORIGIN } from './protocol';

/**
 * Opens a link in the system's programs: https on a known site at once, any other web or mail address only
 * after the user has said yes in a native dialog that shows the address as it will be opened (an IDN in its
 * punycode form), and nothing else ever. Returns whether it was opened.
 */
export async function openOutside(address: string, owner: BrowserWindow | null): Promise<boolean> {
  const decision = linkDecision(address);
  if (decision === 'refuse') return false;
  const url = (URL.parse(address) as URL).href;
  if (decision === 'ask') {
    const options = {
      type: 'question' as const,
      title: 'Åpne lenke',
      message: 'Vil du åpne denne adressen utenfor Planhjulet?',
      detail: `${url.slice(0, 500)}\n\nAdressen er ikke blant nettstedene Planhjulet kjenner. Åpne den bare hvis du stoler på den.`,
      buttons: ['Åpne', 'Avbryt'],
      defaultId: 1,
      cancelId: 1,
    };
    const { response } = owner
      ? await dialog.showMessageBox(owner, options)
      : await dialog.showMessageBox(options);
    if (response !== 0) return false;
  }
  await shell.openExternal(url);
  return true;
}

/** The renderer may only ever show our own pages; links to the web open in the system browser (`openOutside`). */
export function lockDownWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!url.startsWith(`${APP_ORIGIN}/`)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openOutside(url, BrowserWindow.fromWebContents(contents));
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function applyAppWideSecurity(): void {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
  // No permission (camera, notifications, geolocation …) is ever needed.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // No remote content: every request that is not our own scheme or devtools is cancelled.
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
}
