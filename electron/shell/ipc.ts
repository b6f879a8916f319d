import { type IpcMainEvent, type IpcMainInvokeEvent, ipcMain } from 'electron';
import type { ApiContext } from '../api/context';
import { dispatch } from '../api/dispatch';
import { IPC_INVOKE } from '../ipcChannels';
import { APP_ORIGIN } from './protocol';

/** A message from the app page's main frame, not from a subframe or any other page. */
export function fromOurPage(event: IpcMainInvokeEvent | IpcMainEvent): boolean {
  const url = event.senderFrame?.url ?? '';
  return url.startsWith(`${APP_ORIGIN}/`) && event.senderFrame === event.sender.mainFrame;
}

/** Every IPC call goes through the same validated dispatch as the browser mode and the CLI. */
export function wireIpc(ctx: ApiContext, afterCall: (method: string) => void): void {
  ipcMain.handle(IPC_INVOKE, async (event, method: unknown, input: unknown) => {
    if (!fromOurPage(event) || typeof method !== 'string') {
      return {
        ok: false,
        error: { code: 'unauthorized', message: 'Forespørselen kom ikke fra Planhjulets eget vindu.' },
      };
    }
    const reply = await dispatch(ctx, method, input);
    afterCall(method);
    return reply;
  });
}
