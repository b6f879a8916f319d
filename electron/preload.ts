import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import { IPC_INVOKE, IPC_MENU_COMMAND, IPC_MENU_READY } from './ipcChannels';

// The renderer's only door to the backend: one `invoke(method, input)` and the menu's commands.
contextBridge.exposeInMainWorld('planhjulet', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke(IPC_INVOKE, method, input),
  onMenuCommand: (listener: (command: string) => void) => {
    const wrapped = (_event: IpcRendererEvent, command: string) => listener(command);
    ipcRenderer.on(IPC_MENU_COMMAND, wrapped);
    ipcRenderer.send(IPC_MENU_READY);
    return () => ipcRenderer.removeListener(IPC_MENU_COMMAND, wrapped);
  },
});
