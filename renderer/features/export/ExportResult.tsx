import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileDelivery } from '../../../contract/methods/files';

interface ExportResultProps {
  delivery: FileDelivery;
  revealFailed: boolean;
  onReveal: (action: 'open' | 'show-in-folder') => void;
  onAnother: () => void;
  onClose: () => void;
}

/** What became of the document: saved (open it, show it), downloaded, or not saved because the user cancelled. */
export function ExportResult({ delivery, revealFailed, onReveal, onAnother, onClose }: ExportResultProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const cancelled = !delivery.savedPath && !delivery.downloadUrl;
  return (
    <div className="ph-export-result">
      {cancelled ? (
        <Alert data-color="info">
          <Paragraph ref={heading} tabIndex={-1}>
            {t('export.result.cancelled')}
          </Paragraph>
        </Alert>
      ) : (
        <Alert data-color="success">
          <Heading level={3} data-size="xs" ref={heading} tabIndex={-1}>
            {delivery.savedPath ? t('export.result.saved') : t('export.result.downloaded')}
          </Heading>
          <Paragraph className="ph-path">
            {delivery.savedPath
              ? t('export.result.savedPath', { path: delivery.savedPath })
              : t('export.result.downloadedName', { name: delivery.fileName })}
          </Paragraph>
        </Alert>
      )}
      {delivery.savedPath && (
        <div className="ph-export-actions">
          <Button onClick={() => onReveal('open')}>{t('export.result.open')}</Button>
          <Button variant="secondary" onClick={() => onReveal('show-in-folder')}>
            {t('export.result.showInFolder')}
          </Button>
        </div>
      )}
      {revealFailed && delivery.savedPath && (
        <Alert data-color="warning">
          <Paragraph>{t('export.result.revealFailed', { path: delivery.savedPath })}</Paragraph>
        </Alert>
      )}
      <div className="ph-export-actions">
        <Button variant="secondary" onClick={onAnother}>
          {cancelled ? t('export.result.tryAgain') : t('export.result.another')}
        </Button>
        <Button variant="tertiary" onClick={onClose}>
          {t('export.result.close')}
        </Button>
      </div>
    </div>
  );
}
