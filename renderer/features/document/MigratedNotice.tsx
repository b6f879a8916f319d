import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from './usePlanDocument';

export function MigratedNotice({ document }: { document: PlanDocument }) {
  const { t } = useTranslation();
  if (document.doc.migratedFrom === null) return null;
  return (
    <Alert data-color="info" className="ph-banner">
      <Paragraph>{t('document.migrated', { version: document.doc.migratedFrom })}</Paragraph>
    </Alert>
  );
}
