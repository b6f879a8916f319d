import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { messageText } from '../../app/errors';
import { usePlanDocuments } from './DocumentContext';

/**
 * What happened to the plan file outside Planhjulet while it was open: a colleague's version loaded, merged
 * with the user's edits, or a conflict copy written. Each stays until the user closes it.
 */
export function DocumentNotices() {
  const { t } = useTranslation();
  const { notices, dismissNotice } = usePlanDocuments();
  if (notices.length === 0) return null;
  return (
    <div className="ph-document-notices">
      {notices.map((notice) => (
        <Alert
          key={notice.id}
          data-color={notice.kind === 'conflict' || notice.kind === 'unreadable' ? 'warning' : 'info'}
          className="ph-banner"
        >
          <div className="ph-alert-row">
            <Paragraph>{messageText(notice.text, notice.message)}</Paragraph>
            <Button variant="tertiary" data-size="sm" onClick={() => dismissNotice(notice.id)}>
              {t('document.dismiss')}
            </Button>
          </div>
        </Alert>
      ))}
    </div>
  );
}
