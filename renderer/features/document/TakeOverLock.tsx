import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LockInfo } from '../../../contract/lockInfo';
import { invoke } from '../../api/client';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import { formatSavedAt } from '../../i18n/dates';
import { usePlanDocuments } from './DocumentContext';
import type { PlanDocument } from './usePlanDocument';

/**
 * «Overta»: for a plan someone else holds the lock on. Asks first (they can no longer save once it is taken
 * over), then the backend backs the plan up, takes the lock and makes the plan writable here.
 */
export function TakeOverLock({ document, lock }: { document: PlanDocument; lock: LockInfo }) {
  const { t, i18n } = useTranslation();
  const documents = usePlanDocuments();
  const { announce, showError } = useNotices();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const who = { user: lock.user, host: lock.host, since: formatSavedAt(lock.since, i18n.language) };

  const takeOver = async () => {
    setBusy(true);
    try {
      const taken = await invoke('plan.takeOver', { docId: document.doc.docId, lockSince: lock.since });
      setAsking(false);
      documents.replace(taken);
      announce(t('document.takeOver.done', { user: lock.user }));
    } catch (error) {
      setAsking(false);
      showError(userMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="secondary" data-size="sm" onClick={() => setAsking(true)}>
        {t('document.takeOver.button')}
      </Button>
      <Dialog
        open={asking}
        onClose={() => setAsking(false)}
        closeButton={t('document.takeOver.cancel')}
        aria-labelledby={headingId}
        closedby="any"
      >
        <div className="ph-form">
          <Heading level={2} data-size="sm" id={headingId}>
            {t('document.takeOver.heading', who)}
          </Heading>
          <Paragraph>{t('document.takeOver.explain', who)}</Paragraph>
          <div className="ph-actions">
            <Button onClick={() => void takeOver()} disabled={busy}>
              {t('document.takeOver.confirm')}
            </Button>
            <Button variant="secondary" onClick={() => setAsking(false)}>
              {t('document.takeOver.cancel')}
            </Button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
