import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatSavedAt } from '../../i18n/dates';
import type { PlanDocument } from './usePlanDocument';

/** «Lagret 10:42», «Lagrer …» or «Ikke lagret», in a live region so the change is heard too. */
export function SaveStatusView({ document }: { document: PlanDocument }) {
  const { t, i18n } = useTranslation();
  const { save } = document;
  let text: string;
  if (document.readOnly) text = t('save.readOnly');
  else if (save.kind === 'saving') text = t('save.saving');
  else if (save.kind === 'failed') text = t('save.failedShort');
  else if (save.savedAt) text = t('save.saved', { time: formatSavedAt(save.savedAt, i18n.language) });
  else text = t('save.notYetSaved');
  return (
    <div className="ph-save" data-state={document.readOnly ? 'read-only' : save.kind}>
      <span role="status" aria-live="polite" aria-atomic="true" className="ph-save__text">
        {text}
      </span>
      {save.kind === 'failed' && (
        <Button variant="secondary" data-size="sm" onClick={() => void document.flush()}>
          {t('save.retry')}
        </Button>
      )}
    </div>
  );
}

/** Why the last save failed, in full, where there is room for it; the edits are still open. */
export function SaveFailureNotice({ document }: { document: PlanDocument }) {
  const { t } = useTranslation();
  if (document.readOnly || document.save.kind !== 'failed') return null;
  return (
    <Alert data-color="danger" className="ph-banner">
      <Heading level={2} data-size="xs">
        {t('save.failedHeading')}
      </Heading>
      <Paragraph>{document.save.reason}</Paragraph>
    </Alert>
  );
}
