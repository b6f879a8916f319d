import type { FileDelivery } from '../../contract/methods/files';

/**
 * Finishes an export on the page: in browser mode the file is fetched from its download address (the
 * session cookie goes along) and handed to the browser's own download. In the desktop app it is already saved.
 */
export function receiveFile(delivery: FileDelivery): void {
  if (!delivery.downloadUrl) return;
  const link = document.createElement('a');
  link.href = delivery.downloadUrl;
  link.download = delivery.fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}
