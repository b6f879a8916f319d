import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lifecycleStatus } from '../../../core/lifecycle/state';
import { useOpenPlan } from '../document/DocumentContext';
import { LifecycleActions } from '../lifecycle/LifecycleActions';
import { LifecycleSummary } from '../lifecycle/LifecycleSummary';
import { PlanAttention } from '../lifecycle/PlanAttention';
import { useToday } from '../lifecycle/useToday';
import { FocusAreasSection } from './FocusAreasSection';

/**
 * The plan's front page: where it stands in its life and how long it has left, what to decide next, its
 * quality, the latest status round, the next deadlines and what needs attention; then its facts.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  const doc = useOpenPlan();
  const { plan } = doc;
  const today = useToday();
  const status = useMemo(() => lifecycleStatus(plan, today), [plan, today]);
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
      <LifecycleSummary plan={plan} status={status} today={today} />
      <LifecycleActions document={doc} today={today} />
      <PlanAttention plan={plan} status={status} today={today} />
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
