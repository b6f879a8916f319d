import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { receiveFile } from '../../api/receiveFile';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import { usePlanDocuments } from '../document/DocumentContext';

/**
 * Exports a plan file as a package to send. The plan open here is packed from its open document (after its
 * last edits are sent), so nothing typed a moment ago is left out.
 */
export function useExportPackage(): { busyPath: string | null; exportPlan(path: string): Promise<void> } {
  const { t } = useTranslation();
  const { announce, showError } = useNotices();
  const documents = usePlanDocuments();
  const [busyPath, setBusyPath] = useState<string | null>(null);
  const exportPlan = useCallback(
    async (path: string) => {
      setBusyPath(path);
      try {
        const open = documents.current?.doc.path === path ? documents.current : null;
        if (open) await open.flush();
        const delivery = await invoke('package.export', open ? { docId: open.doc.docId } : { path });
        receiveFile(delivery);
        if (delivery.savedPath) announce(t('package.export.saved', { path: delivery.savedPath }));
        else if (delivery.downloadUrl) announce(t('package.export.downloaded', { name: delivery.fileName }));
      } catch (error) {
        showError(userMessage(error));
      } finally {
        setBusyPath(null);
      }
    },
    [announce, documents, showError, t],
  );
  return { busyPath, exportPlan };
}
