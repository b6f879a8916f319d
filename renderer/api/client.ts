import type { MethodInput, MethodName, MethodOutput } from '../../contract/contract';
import type { ApiErrorBody, ApiReply } from '../../contract/errors';

/** What the Electron preload exposes on `window.planhjulet`; absent in browser mode. */
export interface PlanhjuletBridge {
  invoke(method: string, input: unknown): Promise<ApiReply<unknown>>;
  /** Commands from the native menu; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** What the Electron menu can ask the renderer to do. `open-recent:<path>` opens that file. */
export type MenuCommand = 'new-plan' | 'open-plan' | 'save-as' | 'undo' | 'redo' | `open-recent:${string}`;

declare global {
  interface Window {
    planhjulet?: PlanhjuletBridge;
  }
}

/** A failed call, carrying the backend's Norwegian message and details. */
export class ApiCallError extends Error {
  readonly body: ApiErrorBody;
  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiCallError';
    this.body = body;
  }
}

async function httpInvoke(method: string, input: unknown): Promise<ApiReply<unknown>> {
  let response: Response;
  try {
    response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
  } catch {
    return {
      ok: false,
      error: { code: 'internal', message: 'Fikk ikke kontakt med Planhjulet. Kjører programmet fortsatt?' },
    };
  }
  if (response.status === 401) {
    return {
      ok: false,
      error: { code: 'unauthorized', message: 'Økten er utløpt. Åpne adressen Planhjulet skrev ut på nytt.' },
    };
  }
  return (await response.json()) as ApiReply<unknown>;
}

/** Calls one API method, over Electron IPC when running in the app and over HTTP in browser mode. */
export async function invoke<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const reply = window.planhjulet
    ? await window.planhjulet.invoke(method, input)
    : await httpInvoke(method, input);
  if (!reply.ok) throw new ApiCallError(reply.error);
  return reply.value as MethodOutput<M>;
}
