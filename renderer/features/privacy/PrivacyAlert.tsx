import { Alert, Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { findingKey, type QualityFinding } from '../../../core/quality/finding';
import { messageText } from '../../app/errors';

interface PrivacyAlertProps {
  /** The privacy findings of what is about to leave the machine; nothing is shown when there are none. */
  findings: readonly QualityFinding[];
  /** What the file carries, when it is not the whole plan. */
  intro?: string;
}

/**
 * Before a file made from the plan leaves the machine: where the plan seems to hold case data (numbers
 * masked). A warning only: the user can always go on and make the file.
 */
export function PrivacyAlert({ findings, intro }: PrivacyAlertProps) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <Alert data-color="warning" className="ph-privacy-alert">
      <Heading level={3} data-size="xs">
        {t('privacy.heading')}
      </Heading>
      <Paragraph data-size="sm">{intro ?? t('privacy.intro')}</Paragraph>
      <List.Unordered data-size="sm">
        {findings.map((finding) => (
          <List.Item key={findingKey(finding)}>{messageText(finding.text, finding.message)}</List.Item>
        ))}
      </List.Unordered>
      <Paragraph data-size="sm">{t('privacy.continue')}</Paragraph>
    </Alert>
  );
}
