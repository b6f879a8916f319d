import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PrivacyAlert } from '../privacy/PrivacyAlert';
import type { PendingPackageExport } from './useExportPackage';

interface PackageWarningDialogProps {
  pending: PendingPackageExport | null;
  onConfirm(): void;
  onCancel(): void;
}

/** Before a package of a plan that seems to hold case data is made: where, and the choice to go on anyway. */
export function PackageWarningDialog({ pending, onConfirm, onCancel }: PackageWarningDialogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Dialog open={pending !== null} onClose={onCancel} aria-labelledby={headingId} closedby="any">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId}>
          {t('privacy.packageHeading')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <PrivacyAlert findings={pending?.findings ?? []} />
        <div className="ph-actions">
          <Button onClick={onConfirm}>{t('privacy.packageExport')}</Button>
          <Button variant="tertiary" onClick={onCancel}>
            {t('privacy.packageCancel')}
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
