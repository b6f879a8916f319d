import type { OutgoingFile } from './outgoingFile';

export const ZIP_MIME = 'application/zip';

/** Several produced files as one zip (names kept, æøå as UTF-8), for a browser that downloads one file. */
export async function zipFiles(files: readonly OutgoingFile[]): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  const used = new Set<string>();
  for (const file of files) {
    let name = file.fileName;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = numbered(file.fileName, n);
    used.add(name.toLowerCase());
    zip.file(name, file.bytes, { binary: true });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** `Skjema.xlsx` → `Skjema (2).xlsx`. */
export function numbered(fileName: string, n: number): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)} (${n})${fileName.slice(dot)}` : `${fileName} (${n})`;
}
