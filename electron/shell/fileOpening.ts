import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  app,
  type BrowserWindow,
  dialog,
  type IpcMainEvent,
  ipcMain,
  type MessageBoxOptions,
} from 'electron';
import type { PackagePreview } from '../../contract/methods/package';
import { safeLine } from '../../core/text/safeText';
import type { ApiContext } from '../api/context';
import { dispatch } from '../api/dispatch';
import { IPC_MENU_COMMAND, IPC_MENU_READY } from '../ipcChannels';
import { fromOurPage } from './ipc';
import { isPackageFile, openableFiles } from './openedFiles';

/** The largest package read from disk: what the contract accepts as package text. */
const MAX_PACKAGE_BYTES = 20 * 1024 * 1024;

/**
 * Files the system asks the app to open (double-click, «Open with», a second start), waiting until the
 * backend and the page are ready: a plan goes to the page as the menu's open command, a plan package is
 * imported after the user has seen what it holds in a native dialog, and then opened the same way.
 */
export class FileOpening {
  private readonly pending: string[] = [];
  private ctx: ApiContext | null = null;
  private send: ((command: string) => void) | null = null;
  private flushing = false;

  constructor(private readonly window: () => BrowserWindow | null) {}

  add(paths: readonly string[]): void {
    this.pending.push(...paths);
    void this.flush();
  }

  /** The backend is up: packages can be read and imported. */
  attach(ctx: ApiContext): void {
    this.ctx = ctx;
    void this.flush();
  }

  /** The page listens for menu commands (again, after a reload). */
  pageReady(send: (command: string) => void): void {
    this.send = send;
    void this.flush();
  }

  private async flush(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.ctx && this.send && this.pending.length > 0) {
        const path = this.pending.shift() as string;
        if (isPackageFile(path)) await this.importPackage(this.ctx, this.send, path);
        else this.send(`open-recent:${path}`);
      }
    } finally {
      this.flushing = false;
    }
  }

  private async ask(options: MessageBoxOptions): Promise<number> {
    const owner = this.window();
    return (owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options))
      .response;
  }

  private async fail(fileName: string, reason: string): Promise<void> {
    await this.ask({
      type: 'error',
      title: 'Planpakke',
      message: `Kunne ikke importere ${safeLine(fileName)}.`,
      detail: reason,
      buttons: ['OK'],
    });
  }

  private async importPackage(ctx: ApiContext, send: (command: string) => void, path: string): Promise<void> {
    const fileName = basename(path);
    let text: string;
    try {
      if ((await stat(path)).size > MAX_PACKAGE_BYTES) {
        await this.fail(fileName, 'Filen er større enn 20 MB og kan ikke være en planpakke.');
        return;
      }
      text = await readFile(path, 'utf8');
    } catch (error) {
      await this.fail(
        fileName,
        `Filen kunne ikke leses (${(error as NodeJS.ErrnoException).code ?? 'ukjent feil'}).`,
      );
      return;
    }
    const preview = await dispatch(ctx, 'package.preview', { fileName, text });
    if (!preview.ok) {
      await this.fail(fileName, preview.error.message);
      return;
    }
    const { plan, existing } = preview.value as PackagePreview;
    const buttons = ['Importer som ny plan', ...(existing ? ['Erstatt planen som finnes'] : []), 'Avbryt'];
    const cancel = buttons.length - 1;
    const response = await this.ask({
      type: 'question',
      title: 'Importer planpakke',
      message: `Importere «${safeLine(plan.title)}» (${safeLine(plan.municipality)}, ${plan.fromYear}–${plan.toYear})?`,
      detail: existing
        ? `Den samme planen finnes i ${existing.path}${existing.packageIsNewer ? ', og pakken er nyere' : ', og pakken er ikke nyere'}. Erstatter du den, tas det en sikkerhetskopi først.`
        : 'Planen lagres som en ny planfil i Planhjulets mappe for planer.',
      buttons,
      defaultId: 0,
      cancelId: cancel,
    });
    if (response === cancel) return;
    const replace = existing !== null && response === 1;
    const result = await dispatch(ctx, 'package.import', {
      fileName,
      text,
      mode: replace ? 'replace' : 'new',
      ...(replace ? { path: existing.path } : {}),
    });
    if (!result.ok) {
      await this.fail(fileName, result.error.message);
      return;
    }
    send(`open-recent:${(result.value as { path: string }).path}`);
  }
}

/**
 * Wires the ways the system hands the app a file: the command line of the first start (Windows, Linux),
 * macOS's `open-file` event (also before the app is ready) and the arguments of a second start, which only
 * brings the running window forward. Call before `app.whenReady()`.
 */
export function wireFileOpening(window: () => BrowserWindow | null): FileOpening {
  const opening = new FileOpening(window);
  opening.add(openableFiles(process.argv.slice(1), process.cwd()));
  app.on('open-file', (event, path) => {
    event.preventDefault();
    opening.add(openableFiles([path], process.cwd()));
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const current = window();
    if (current?.isMinimized()) current.restore();
    current?.focus();
    opening.add(openableFiles(argv.slice(1), workingDirectory));
  });
  ipcMain.on(IPC_MENU_READY, (event: IpcMainEvent) => {
    if (!fromOurPage(event)) return;
    const sender = event.sender;
    opening.pageReady((command) => sender.send(IPC_MENU_COMMAND, command));
  });
  return opening;
}
