import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { TakeOverLock } from './TakeOverLock';
import type { PlanDocument } from './usePlanDocument';

export function ReadOnlyBanner({ document }: { document: PlanDocument }) {
  const { t } = useTranslation();
  if (!document.readOnly) return null;
  return (
    <Alert data-color="warning" className="ph-banner">
      {/* Not a heading: the banner sits above the page's h1. */}
      <Paragraph>
        <strong>{t('document.readOnlyHeading')}</strong>
      </Paragraph>
      <Paragraph>{document.doc.readOnlyReason ?? t('document.readOnlyDefault')}</Paragraph>
      {document.doc.lock?.canTakeOver && <TakeOverLock document={document} lock={document.doc.lock} />}
    </Alert>
  );
}
