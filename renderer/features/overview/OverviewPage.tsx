import { Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useOpenPlan } from '../document/DocumentContext';
import { FocusAreasSection } from './FocusAreasSection';

export function OverviewPage() {
  const { t } = useTranslation();
  const doc = useOpenPlan();
  const { plan } = doc;
  const municipality = plan.municipality.number
    ? `${plan.municipality.name} (${plan.municipality.number})`
    : plan.municipality.name;
  return (
    <div className="ph-overview">
      <div className="ph-page-intro">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {plan.title}
        </Heading>
      </div>
      <section aria-labelledby="about-heading" className="ph-section">
        <Heading level={2} data-size="sm" id="about-heading">
          {t('overview.about')}
        </Heading>
        <dl className="ph-facts">
          <div>
            <dt>{t('overview.municipality')}</dt>
            <dd>{municipality}</dd>
          </div>
          <div>
            <dt>{t('overview.period')}</dt>
            <dd>
              {plan.period.fromYear}–{plan.period.toYear}
            </dd>
          </div>
          <div>
            <dt>{t('overview.lifecycle')}</dt>
            <dd>
              <Tag data-color={plan.lifecycle === 'adopted' ? 'success' : 'info'}>
                {t(`lifecycle.${plan.lifecycle}`)}
              </Tag>
            </dd>
          </div>
          <div>
            <dt>{t('overview.file')}</dt>
            <dd className="ph-path">{doc.doc.path}</dd>
          </div>
        </dl>
        <Paragraph>{t('overview.measuresTotal', { count: plan.measures.length })}</Paragraph>
      </section>
      <FocusAreasSection document={doc} />
    </div>
  );
}
