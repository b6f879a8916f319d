import { type BrowserWindow, dialog } from 'electron';
import type { Dialogs } from '../api/context';

const PLAN_FILTER = { name: 'Planhjulet-plan', extensions: ['planhjul.json'] };

export function nativeDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async openPlan() {
      const owner = window();
      const options = { title: 'Åpne plan', filters: [PLAN_FILTER], properties: ['openFile' as const] };
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFolder() {
      const owner = window();
      const options = { title: 'Velg mappe med planer', properties: ['openDirectory' as const] };
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async savePlanAs(suggestedName) {
      const owner = window();
      const options = { title: 'Lagre plan som', defaultPath: suggestedName, filters: [PLAN_FILTER] };
      const result = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return null;
      return result.filePath.endsWith('.planhjul.json')
        ? result.filePath
        : `${result.filePath.replace(/\.json$/, '')}.planhjul.json`;
    },
  };
}
