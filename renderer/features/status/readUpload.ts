import type { UploadedFile } from '../../../contract/methods/followup';

/** Largest form accepted, as the API does (10 MB). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

/** A file chosen with <input type=file>, ready to send to the backend. Null when it is too large. */
export async function readUpload(file: Blob & { name: string }): Promise<UploadedFile | null> {
  if (file.size > MAX_UPLOAD_BYTES) return null;
  return { name: file.name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}
