/** The largest measure list the backend takes (its limit is on the base64 text, about 10 MB of file). */
export const MAX_IMPORT_BYTES = 10_000_000;

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
