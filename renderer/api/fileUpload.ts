import { MAX_FILE_BYTES } from '../../contract/common';
import type { UploadedFile } from '../../contract/methods/followup';

export { MAX_FILE_BYTES };

/** Bytes as base64, in chunks so a large file does not overflow the argument list of `fromCharCode`. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** A file chosen with <input type=file>, ready to send to the backend. Null when it is larger than it takes. */
export async function readUpload(file: Blob & { name: string }): Promise<UploadedFile | null> {
  if (file.size > MAX_FILE_BYTES) return null;
  return { name: file.name, base64: await fileToBase64(file) };
}
