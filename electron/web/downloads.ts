import { randomBytes } from 'node:crypto';
import { safeLine } from '../../core/text/safeText';
import { type FileDeliverer, type OutgoingFile, refuseOutPath } from '../api/delivery';

const KEEP_MS = 10 * 60 * 1000;

/**
 * The browser mode's deliverer: a produced file waits in memory under a random id until the page downloads it
 * from `download/<id>` (with the session cookie like every other request), for at most ten minutes.
 */
export class DownloadShelf implements FileDeliverer {
  private readonly files = new Map<string, OutgoingFile & { expires: number }>();

  async deliver(file: OutgoingFile, outPath?: string) {
    refuseOutPath(outPath);
    this.prune();
    const id = randomBytes(18).toString('base64url');
    this.files.set(id, { ...file, expires: Date.now() + KEEP_MS });
    return { fileName: file.fileName, savedPath: null, downloadUrl: `download/${id}` };
  }

  async deliverAll(files: readonly OutgoingFile[], zipName: string, outDir?: string) {
    refuseOutPath(outDir);
    if (files.length === 0) return [];
    const { zipFiles, ZIP_MIME } = await import('../export/zipFiles');
    const bytes = await zipFiles(files);
    return [await this.deliver({ fileName: zipName, bytes, mimeType: ZIP_MIME })];
  }

  async reveal() {
    return false;
  }

  checkOutPath(outPath: string | undefined): void {
    refuseOutPath(outPath);
  }

  take(id: string): OutgoingFile | undefined {
    this.prune();
    return this.files.get(id);
  }

  private prune(): void {
    const now = Date.now();
    for (const [id, file] of this.files) if (file.expires < now) this.files.delete(id);
  }
}

/**
 * `attachment; filename=…` that keeps æøå (RFC 6266 / 5987) with an ASCII fallback. The name goes through the
 * sanitiser first: a control character is not allowed in a header, and a lone surrogate cannot be URL-encoded.
 */
export function contentDisposition(name: string): string {
  const fileName = safeLine(name);
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
