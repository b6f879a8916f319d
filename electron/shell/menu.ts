import { type BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { RecentPlan } from '../../contract/methods/app';
import { IPC_MENU_COMMAND } from '../ipcChannels';

/** The Norwegian application menu. Plan-level commands go to the renderer, which owns undo and the open plan. */
export function buildMenu(window: () => BrowserWindow | null, recent: readonly RecentPlan[]): Menu {
  const send = (command: string) => () => window()?.webContents.send(IPC_MENU_COMMAND, command);
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Fil',
      submenu: [
        { label: 'Ny plan …', accelerator: 'CmdOrCtrl+N', click: send('new-plan') },
        { label: 'Åpne …', accelerator: 'CmdOrCtrl+O', click: send('open-plan') },
        {
          label: 'Nylige',
          submenu: recent.length
            ? recent.map((r) => ({
                label: `${r.title} – ${r.municipality}`,
                click: send(`open-recent:${r.path}`),
              }))
            : [{ label: '(ingen)', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Lagre som …', accelerator: 'CmdOrCtrl+Shift+S', click: send('save-as') },
        { type: 'separator' },
        { label: 'Avslutt', role: 'quit' },
      ],
    },
    {
      label: 'Rediger',
      submenu: [
        // The page itself handles these keys (undo in a text field stays the field's own), so the menu only
        // shows the shortcut and does not also grab it.
        { label: 'Angre', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, click: send('undo') },
        {
          label: 'Gjør om',
          accelerator: 'CmdOrCtrl+Shift+Z',
          registerAccelerator: false,
          click: send('redo'),
        },
        { type: 'separator' },
        { label: 'Klipp ut', role: 'cut' },
        { label: 'Kopier', role: 'copy' },
        { label: 'Lim inn', role: 'paste' },
        { label: 'Merk alt', role: 'selectAll' },
      ],
    },
    {
      label: 'Vis',
      submenu: [
        { label: 'Større tekst', role: 'zoomIn' },
        { label: 'Mindre tekst', role: 'zoomOut' },
        { label: 'Vanlig størrelse', role: 'resetZoom' },
        { type: 'separator' },
        { label: 'Fullskjerm', role: 'togglefullscreen' },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
