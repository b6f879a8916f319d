import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useNotices } from '../../components/Notices';
import { formatDate } from '../../i18n/dates';
import type { PlanOpener } from './usePlanOpener';
import type { RecentPlan } from './useStartLists';

interface RecentPlansProps {
  opener: PlanOpener;
  recent: RecentPlan[];
  onRemove(path: string): Promise<boolean>;
}

export function RecentPlans({ opener, recent, onRemove }: RecentPlansProps) {
  const { t, i18n } = useTranslation();
  const { announce } = useNotices();
  const remove = async (plan: RecentPlan) => {
    if (await onRemove(plan.path)) {
      announce(t('start.recent.removed', { title: plan.title }));
      document.getElementById('recent-heading')?.focus();
    }
  };
  return (
    <section aria-labelledby="recent-heading" className="ph-panel ph-start__recent">
      <Heading level={2} data-size="sm" id="recent-heading" tabIndex={-1}>
        {t('start.recent.heading')}
      </Heading>
      {recent.length === 0 ? (
        <Paragraph>{t('start.recent.empty')}</Paragraph>
      ) : (
        <ul className="ph-recent" aria-labelledby="recent-heading">
          {recent.map((plan) => (
            <li key={plan.path} className="ph-recent__item" data-missing={!plan.exists || undefined}>
              <div className="ph-recent__text">
                <span className="ph-recent__title">{plan.title}</span>
                {plan.municipality && <span>{plan.municipality}</span>}
                <span className="ph-muted ph-path">{plan.path}</span>
                <span className="ph-muted">
                  {t('start.recent.openedAt', { date: formatDate(plan.openedAt, i18n.language) })}
                </span>
                {!plan.exists && (
                  <span>
                    <Tag data-color="warning">{t('start.recent.missing')}</Tag>{' '}
                    <span className="ph-muted">{t('start.recent.missingHint')}</span>
                  </span>
                )}
              </div>
              <div className="ph-recent__actions">
                {plan.exists && (
                  <Button
                    variant="secondary"
                    data-size="sm"
                    aria-label={t('start.recent.openLabel', { title: plan.title })}
                    onClick={() => void opener.openPath(plan.path)}
                  >
                    {t('start.recent.open')}
                  </Button>
                )}
                <Button
                  variant="tertiary"
                  data-size="sm"
                  aria-label={t('start.recent.removeLabel', { title: plan.title })}
                  onClick={() => void remove(plan)}
                >
                  {t('start.recent.remove')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
