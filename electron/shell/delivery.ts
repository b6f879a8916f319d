import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type BrowserWindow, dialog, shell } from 'electron';
import type { FileDelivery } from '../../contract/methods/files';
import { ApiError } from '../api/apiError';
import { type FileDeliverer, type OutgoingFile, refuseOutPath, writeFileAtomic } from '../api/delivery';
import { numbered } from '../export/zipFiles';

/** `name` in `folder`, or `name (2)` … when a file of that name is already there: nothing is overwritten. */
function freePath(folder: string, fileName: string): string {
  let path = join(folder, fileName);
  for (let n = 2; existsSync(path); n++) path = join(folder, numbered(fileName, n));
  return path;
}

async function writeOrExplain(path: string, file: OutgoingFile): Promise<void> {
  try {
    await writeFileAtomic(path, file);
  } catch (error) {
    throw new ApiError({
      code: 'internal',
      message: `Kunne ikke lagre ${path}. Er filen åpen i et annet program? (${error instanceof Error ? error.message : String(error)})`,
    });
  }
}

/** The desktop app's deliverer: the native save dialog, then only files it saved itself can be opened. */
export function nativeDeliverer(
  window: () => BrowserWindow | null,
  defaultDir: () => string | undefined,
): FileDeliverer {
  const saved = new Set<string>();
  return {
    checkOutPath: refuseOutPath,
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
      await writeOrExplain(choice.filePath, file);
      saved.add(choice.filePath);
      return { fileName: file.fileName, savedPath: choice.filePath, downloadUrl: null };
    },
    /** One folder dialog for all the files, not one save dialog each. */
    async deliverAll(files: readonly OutgoingFile[], _zipName: string, outDir?: string) {
      refuseOutPath(outDir);
      if (files.length === 0) return [];
      const owner = window();
      const dir = defaultDir();
      const options = {
        title: `Velg mappe for ${files.length} filer`,
        buttonLabel: 'Lagre her',
        ...(dir ? { defaultPath: dir } : {}),
        properties: ['openDirectory' as const, 'createDirectory' as const],
      };
      const choice = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      const folder = choice.canceled ? undefined : choice.filePaths[0];
      if (!folder) return [];
      const delivered: FileDelivery[] = [];
      for (const file of files) {
        const path = freePath(folder, file.fileName);
        await writeOrExplain(path, file);
        saved.add(path);
        delivered.push({ fileName: file.fileName, savedPath: path, downloadUrl: null });
      }
      return delivered;
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
