import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useOpenPlan } from '../document/DocumentContext';
import { LogSection } from './LogSection';
import { MatrixSection } from './MatrixSection';
import { MunicipalitiesSection } from './MunicipalitiesSection';
import { ProfileSection } from './ProfileSection';
import { SupervisionSection } from './SupervisionSection';
import './crisis.css';

/** The crisis-centre duty: the shared service's profile, each municipality's part, cooperation, control. */
export function CrisisCentrePage() {
  const { t } = useTranslation();
  const doc = useOpenPlan();
  return (
    <div className="ph-crisis">
      <div className="ph-page-intro">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {t('crisis.heading')}
        </Heading>
        <Paragraph>{t('crisis.intro')}</Paragraph>
      </div>
      <ProfileSection doc={doc} />
      <MunicipalitiesSection doc={doc} />
      <MatrixSection doc={doc} />
      <LogSection doc={doc} />
      <SupervisionSection doc={doc} />
    </div>
  );
}
