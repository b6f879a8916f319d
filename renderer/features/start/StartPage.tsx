import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { preloadPlanPages } from '../../app/pages';
import { DEFAULT_PLAN_PAGE, planPageRoute } from '../../app/router';
import { Busy } from '../../components/Busy';
import type { PlanDocument } from '../document/usePlanDocument';
import { NewPlanForm } from './NewPlanForm';
import { OpenFailureAlert } from './OpenFailureAlert';
import { OpenPlanSection } from './OpenPlanSection';
import { RecentPlans } from './RecentPlans';
import type { PlanOpener } from './usePlanOpener';
import { useStartLists } from './useStartLists';

interface StartPageProps {
  opener: PlanOpener;
  nativeDialogs: boolean;
  current: PlanDocument | null;
  /** Put the cursor in the new plan form (menu «Ny plan»). */
  focusNewPlan: boolean;
}

export function StartPage({ opener, nativeDialogs, current, focusNewPlan }: StartPageProps) {
  const { t } = useTranslation();
  const lists = useStartLists(!nativeDialogs);
  useEffect(() => preloadPlanPages(), []);
  return (
    <div className="ph-start">
      <div className="ph-page-intro">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {t('start.heading')}
        </Heading>
        <Paragraph data-size="lg">{t('start.intro')}</Paragraph>
      </div>
      {current && (
        <Paragraph className="ph-current">
          {t('start.current.text')}{' '}
          <Link href={`#${planPageRoute(DEFAULT_PLAN_PAGE)}`}>{current.plan.title}</Link>
        </Paragraph>
      )}
      {opener.failure && <OpenFailureAlert failure={opener.failure} opener={opener} />}
      {opener.busy && <Busy role="status">{t('start.busy')}</Busy>}
      <div className="ph-start__grid">
        <NewPlanForm opener={opener} focusOnMount={focusNewPlan} />
        {lists.loading ? (
          <Busy className="ph-panel ph-start__open">{t('start.loading')}</Busy>
        ) : (
          <OpenPlanSection opener={opener} nativeDialogs={nativeDialogs} files={lists.files} />
        )}
        {!lists.loading && (
          <RecentPlans opener={opener} recent={lists.recent} onRemove={lists.removeRecent} />
        )}
      </div>
    </div>
  );
}
