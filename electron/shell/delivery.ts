import { type BrowserWindow, dialog, shell } from 'electron';
import { ApiError } from '../api/apiError';
import { type FileDeliverer, refuseOutPath, writeFileAtomic } from '../api/delivery';

/** The desktop app's deliverer: the native save dialog, then only files it saved itself can be opened. */
export function nativeDeliverer(
  window: () => BrowserWindow | null,
  defaultDir: () => string | undefined,
): FileDeliverer {
  const saved = new Set<string>();
  return {
    async deliver(file, outPath) {
      refuseOutPath(outPath);
      const owner = window();
      const dir = defaultDir();
      const options = {
        title: 'Lagre som',
        defaultPath: dir ? `${dir}/${file.fileName}` : file.fileName,
        filters: file.filter ? [file.filter] : [],
      };
      const choice = owner
        ? await dialog.showSaveDialog(owner, options)
        : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath)
        return { fileName: file.fileName, savedPath: null, downloadUrl: null };
      try {
        await writeFileAtomic(choice.filePath, file);
      } catch (error) {
        throw new ApiError({
          code: 'internal',
          message: `Kunne ikke lagre ${choice.filePath}. Er filen åpen i et annet program? (${error instanceof Error ? error.message : String(error)})`,
        });
      }
      saved.add(choice.filePath);
      return { fileName: file.fileName, savedPath: choice.filePath, downloadUrl: null };
    },
    async reveal(path, action) {
      if (!saved.has(path)) return false;
      if (action === 'show-in-folder') {
        shell.showItemInFolder(path);
        return true;
      }
      return (await shell.openPath(path)) === '';
    },
  };
}
