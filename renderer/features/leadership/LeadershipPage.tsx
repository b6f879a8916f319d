import { Heading, Paragraph, Switch } from '@digdir/designsystemet-react';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportingPeriods } from '../../../core/reporting/periods';
import { MunicipalitySelect } from '../crisis/MunicipalitySelect';
import { useOpenPlan } from '../document/DocumentContext';
import { PeriodSelect } from '../status/PeriodSelect';
import { defaultRoundPeriod, isoToday, latestReportedPeriodId } from '../status/periodChoice';
import { useDomainLanguage } from '../status/useDomainLanguage';
import { AreaTable } from './AreaTable';
import { GrantsEnding } from './GrantsEnding';
import { LightTiles } from './LightTiles';
import { leadershipSummary } from './leadershipSummary';
import { MeasureHistoryDialog } from './MeasureHistoryDialog';
import { MeasureItems } from './MeasureItems';
import { TrendChart } from './TrendChart';
import { usePresentationMode } from './usePresentationMode';
import '../status/status.css';
import './leadership.css';
import { planForMunicipality } from '../../../core/municipalities/scope';

/**
 * The one screen for political and administrative leadership: what is done, what is late or at risk and why,
 * what needs a decision, what is due next, and how it has moved. Read-only; a meeting layout for the projector.
 */
export function LeadershipPage() {
  const { t } = useTranslation();
  const { periodLabel } = useDomainLanguage();
  const { plan: wholePlan } = useOpenPlan();
  // Each council of a shared plan sees its own and the shared measures, with its own owners.
  const [municipality, setMunicipality] = useState('');
  const plan = useMemo(
    () => (municipality ? planForMunicipality(wholePlan, municipality) : wholePlan),
    [wholePlan, municipality],
  );
  const { period: planPeriod, reportingScheme } = plan;
  const periods = useMemo(
    () => reportingPeriods({ period: planPeriod, reportingScheme }),
    [planPeriod, reportingScheme],
  );
  const latest = latestReportedPeriodId(plan);
  const fallback = latest ?? defaultRoundPeriod(periods, isoToday())?.id ?? periods[0]?.id ?? '';
  const [chosen, setChosen] = useState<string | null>(null);
  const periodId = chosen && periods.some((p) => p.id === chosen) ? chosen : fallback;
  const summary = useMemo(() => (periodId ? leadershipSummary(plan, periodId) : null), [plan, periodId]);
  const [presenting, setPresenting] = usePresentationMode();
  const [historyFor, setHistoryFor] = useState<string | null>(null);
  const closeHistory = useCallback(() => setHistoryFor(null), []);

  if (!summary) {
    return (
      <div className="ph-leadership">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {t('leadership.title')}
        </Heading>
        <Paragraph>{t('status.noPeriods')}</Paragraph>
      </div>
    );
  }

  const next = summary.nextPeriod;
  return (
    <div className="ph-leadership" data-presenting={presenting || undefined}>
      <div className="ph-leadership__head">
        <div className="ph-leadership__titles">
          <Paragraph className="ph-leadership__plan">{plan.title}</Paragraph>
          <Heading level={1} data-size="xl" tabIndex={-1}>
            {t('leadership.heading', { period: periodLabel(summary.periodId) })}
          </Heading>
          <Paragraph data-size="lg">
            {t('leadership.reported', {
              reported: summary.reportedInPeriod,
              count: summary.neededInPeriod,
              period: periodLabel(summary.periodId),
            })}
          </Paragraph>
        </div>
        <div className="ph-leadership__controls">
          <PeriodSelect periods={periods} value={summary.periodId} onChange={setChosen} />
          <MunicipalitySelect plan={wholePlan} value={municipality} onChange={setMunicipality} />
          <Switch
            label={t('leadership.presentation')}
            description={presenting ? t('leadership.presentationHint') : undefined}
            checked={presenting}
            onChange={(event) => setPresenting(event.target.checked)}
          />
        </div>
      </div>

      <Block id="lead-overview" heading={t('leadership.overview', { count: summary.total })}>
        <LightTiles counts={summary.statusCounts} total={summary.total} />
      </Block>

      <div className="ph-leadership__columns">
        <Block
          id="lead-decisions"
          heading={t('leadership.decisions.heading', { count: summary.decisions.length })}
          tone={summary.decisions.length > 0 ? 'decision' : undefined}
        >
          {summary.decisions.length > 0 ? (
            <MeasureItems
              periodId={summary.periodId}
              measures={summary.decisions}
              label={t('leadership.decisions.heading', { count: summary.decisions.length })}
              show="decision"
              onOpenHistory={setHistoryFor}
            />
          ) : (
            <Paragraph>{t('leadership.decisions.none')}</Paragraph>
          )}
        </Block>

        <Block
          id="lead-attention"
          heading={t('leadership.attention.heading', { count: summary.attention.length })}
        >
          {summary.attention.length > 0 ? (
            <MeasureItems
              periodId={summary.periodId}
              measures={summary.attention}
              label={t('leadership.attention.heading', { count: summary.attention.length })}
              show="why"
              onOpenHistory={setHistoryFor}
            />
          ) : (
            <Paragraph>{t('leadership.attention.none')}</Paragraph>
          )}
        </Block>
      </div>

      <Block id="lead-areas" heading={t('leadership.areas.heading')}>
        <AreaTable areas={summary.areas} caption={t('leadership.areas.heading')} />
      </Block>

      <div className="ph-leadership__columns">
        <Block
          id="lead-upcoming"
          heading={
            next
              ? t('leadership.upcoming.heading', { period: periodLabel(next.id) })
              : t('leadership.upcoming.headingEnd')
          }
        >
          {next && summary.upcoming.length > 0 ? (
            <MeasureItems
              periodId={summary.periodId}
              measures={summary.upcoming}
              label={t('leadership.upcoming.heading', { period: periodLabel(next.id) })}
              show="deadline"
              onOpenHistory={setHistoryFor}
            />
          ) : (
            <Paragraph>{next ? t('leadership.upcoming.none') : t('leadership.upcoming.end')}</Paragraph>
          )}
        </Block>

        <Block id="lead-trend" heading={t('leadership.trend.heading')}>
          {summary.trend.length > 0 ? (
            <TrendChart trend={summary.trend} />
          ) : (
            <Paragraph>{t('leadership.trend.none')}</Paragraph>
          )}
        </Block>
      </div>

      <Block id="lead-grants" heading={t('funding.leadership.heading')}>
        <GrantsEnding plan={plan} today={isoToday()} label={t('funding.leadership.heading')} />
      </Block>

      {summary.changedOrStopped.length > 0 && (
        <Block
          id="lead-changed"
          heading={t('leadership.changed.heading', { period: periodLabel(summary.periodId) })}
        >
          <MeasureItems
            periodId={summary.periodId}
            measures={summary.changedOrStopped}
            label={t('leadership.changed.heading', { period: periodLabel(summary.periodId) })}
            show="why"
            onOpenHistory={setHistoryFor}
          />
        </Block>
      )}

      <MeasureHistoryDialog plan={plan} measureId={historyFor} onClose={closeHistory} />
    </div>
  );
}

function Block({
  id,
  heading,
  tone,
  children,
}: {
  id: string;
  heading: string;
  tone?: 'decision';
  children: ReactNode;
}) {
  return (
    <section className="ph-section ph-leadership__block" data-tone={tone} aria-labelledby={`${id}-heading`}>
      <Heading level={2} data-size="md" id={`${id}-heading`}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
