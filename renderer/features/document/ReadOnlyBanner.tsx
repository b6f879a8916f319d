import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from './usePlanDocument';

export function ReadOnlyBanner({ document }: { document: PlanDocument }) {
  const { t } = useTranslation();
  if (!document.readOnly) return null;
  return (
    <Alert data-color="warning" className="ph-banner">
      <Heading level={2} data-size="xs">
        {t('document.readOnlyHeading')}
      </Heading>
      <Paragraph>{document.doc.readOnlyReason ?? t('document.readOnlyDefault')}</Paragraph>
    </Alert>
  );
}
