import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileDelivery } from '../../../contract/methods/files';
import { receiveFile } from '../../api/receiveFile';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import type { PlanDocument } from '../document/usePlanDocument';

/** A button that has the backend export the open plan (after what is waiting is sent) and hands over the file. */
export function DownloadButton({
  document: doc,
  label,
  exportFile,
}: {
  document: PlanDocument;
  label: string;
  exportFile(docId: string): Promise<FileDelivery>;
}) {
  const { t } = useTranslation();
  const { announce, showError } = useNotices();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await doc.whenSent();
      const delivery = await exportFile(doc.doc.docId);
      receiveFile(delivery);
      if (delivery.savedPath)
        announce(t('wheel.actions.saved', { fileName: delivery.fileName, path: delivery.savedPath }));
      else if (delivery.downloadUrl) announce(t('wheel.actions.downloaded', { fileName: delivery.fileName }));
    } catch (error) {
      showError(userMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="secondary" data-size="sm" onClick={() => void run()} loading={busy}>
      {label}
    </Button>
  );
}
