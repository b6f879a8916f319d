import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FileDelivery } from '../../contract/methods/files';
import type { OutgoingFile } from '../export/outgoingFile';
import { OWNER_ONLY, writeFileDurably } from '../store/durableWrite';
import { ApiError } from './apiError';

export type { OutgoingFile };

/** How a host hands files over: native save dialog, download, or a path given on the command line. */
export interface FileDeliverer {
  deliver(file: OutgoingFile, outPath?: string): Promise<FileDelivery>;
  /**
   * Several files in one go: into one folder (the CLI's `outDir`, or one folder dialog in the app) or as one
   * zip download named `zipName` (browser). Nothing saved (dialog cancelled): an empty list.
   */
  deliverAll(files: readonly OutgoingFile[], zipName: string, outDir?: string): Promise<FileDelivery[]>;
  /** Opens or shows a file this deliverer saved; false where the host cannot (browser mode, CLI). */
  reveal(path: string, action: 'open' | 'show-in-folder'): Promise<boolean>;
  /**
   * Refuses an output path this host would refuse in `deliver`, before anything is made: a refused export must
   * not have written anything on the way (such as the wheel's picture cache).
   */
  checkOutPath?(outPath: string | undefined): void;
}

/**
 * Writes a produced file durably (temp file, sync, rename), so a crash never leaves half a file; an owner-only
 * file gets mode 0600 where the platform has modes.
 */
export async function writeFileAtomic(
  path: string,
  file: Pick<OutgoingFile, 'bytes' | 'ownerOnly'>,
): Promise<void> {
  await writeFileDurably(path, file.bytes, file.ownerOnly ? { mode: OWNER_ONLY } : {});
}

/** The CLI's deliverer: every export names its output file with --out. */
export const commandLineDeliverer: FileDeliverer = {
  async deliver(file, outPath) {
    if (!outPath) {
      throw new ApiError({
        code: 'invalid-input',
        message: `Oppgi hvor ${file.fileName} skal lagres (--out).`,
      });
    }
    const target = resolve(outPath);
    try {
      await writeFileAtomic(target, file);
    } catch (error) {
      throw new ApiError({
        code: 'internal',
        message: `Kunne ikke skrive ${target}: ${error instanceof Error ? error.message : String(error)}`,
        path: target,
      });
    }
    return { fileName: file.fileName, savedPath: target, downloadUrl: null };
  },
  async deliverAll(files, zipName, outDir) {
    if (!outDir) {
      throw new ApiError({
        code: 'invalid-input',
        message: `Oppgi mappen ${zipName} skal lagres i (--out).`,
      });
    }
    await mkdir(resolve(outDir), { recursive: true });
    const delivered: FileDelivery[] = [];
    for (const file of files) delivered.push(await this.deliver(file, join(outDir, file.fileName)));
    return delivered;
  },
  reveal: async () => false,
};

/** Refuses an output path from a host where only the CLI may name one. */
export function refuseOutPath(outPath: string | undefined): void {
  if (outPath !== undefined) {
    throw new ApiError({
      code: 'invalid-input',
      message: 'Bare kommandolinjen kan velge filsti for eksport.',
    });
  }
}
