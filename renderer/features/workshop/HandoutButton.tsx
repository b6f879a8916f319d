import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { receiveFile } from '../../api/receiveFile';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import type { PlanDocument } from '../document/usePlanDocument';

/** The workshop handout as a Word file: saved with the app's dialog, or downloaded in browser mode. */
export function HandoutButton({ document: doc }: { document: PlanDocument }) {
  const { t } = useTranslation();
  const { announce, showError } = useNotices();
  const [busy, setBusy] = useState(false);
  const make = async () => {
    setBusy(true);
    try {
      // The backend builds it from its copy of the open plan: send it the newest edits first.
      await doc.whenSent();
      const delivery = await invoke('workshop.handout', { docId: doc.doc.docId });
      receiveFile(delivery);
      if (delivery.savedPath) announce(t('workshop.handout.saved', { path: delivery.savedPath }));
      else if (delivery.downloadUrl) announce(t('workshop.handout.downloaded', { name: delivery.fileName }));
    } catch (error) {
      showError(userMessage(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="secondary" onClick={() => void make()} loading={busy} aria-disabled={busy || undefined}>
      {t('workshop.handout.button')}
    </Button>
  );
}
