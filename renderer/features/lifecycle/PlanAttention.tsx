import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel, STATUS_LABELS } from '../../../core/labels/domainLabels';
import type { LifecycleStatus } from '../../../core/lifecycle/state';
import { checkPlanQuality } from '../../../core/quality/checkPlan';
import { findingKey } from '../../../core/quality/finding';
import { qualityScore } from '../../../core/quality/score';
import { comparePeriodIds } from '../../../core/reporting/periods';
import type { Plan } from '../../../core/schema/plan';
import { effectiveStatus, updatesInPeriod } from '../../../core/status/summary';
import { occurrencesBetween, outlook } from '../../../core/wheel/agenda';
import { occurrenceDates } from '../../../core/wheel/text';
import { messageText } from '../../app/errors';
import { planPageRoute } from '../../app/router';
import { findingLinks } from '../drafting/findingLinks';
import { uiLanguage } from '../wheel/describe';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The front page's working parts: quality, the latest status round, the next deadlines, what needs attention. */
export function PlanAttention({
  plan,
  status,
  today,
}: {
  plan: Plan;
  status: LifecycleStatus;
  today: string;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const findings = useMemo(
    () =>
      checkPlanQuality(plan, undefined, today)
        .map((f, i) => ({ f, i }))
        .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
        .map(({ f }) => f),
    [plan, today],
  );
  const score = useMemo(() => qualityScore(plan), [plan]);
  const latestPeriod = plan.statusUpdates
    .map((u) => u.periodId)
    .sort(comparePeriodIds)
    .at(-1);
  const statusCounts = useMemo(() => {
    if (!latestPeriod) return [];
    const counts = new Map<string, number>();
    const measures = new Map(plan.measures.map((m) => [m.id, m]));
    for (const [measureId, update] of updatesInPeriod(plan, latestPeriod)) {
      const measure = measures.get(measureId);
      if (!measure) continue;
      const label = STATUS_LABELS[effectiveStatus(update, measure)][language];
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    return [...counts];
  }, [plan, latestPeriod, language]);
  const deadlines = useMemo(() => {
    const yearAhead = format(addDays(parseISO(today), 365), 'yyyy-MM-dd');
    return occurrencesBetween(plan, today, yearAhead, language)
      .filter((o) => o.start >= today && o.ring !== 'campaign')
      .slice(0, 3);
  }, [plan, today, language]);
  const ahead = useMemo(() => outlook(plan, today, language), [plan, today, language]);
  const withoutOwner = plan.measures.filter((m) => m.leadOwnerUnitId === undefined).length;
  const attention: string[] = [];
  const overdue = ahead.overdueReports[0];
  if (overdue) {
    attention.push(
      t('planLife.overview.overdueRound', {
        period: periodLabel(overdue.period.id, language),
        count: overdue.missingMeasureIds.length,
      }),
    );
  }
  if (withoutOwner > 0) attention.push(t('planLife.overview.withoutOwner', { count: withoutOwner }));
  if (status.state === 'expiring' && !status.revisionStarted)
    attention.push(t('planLife.overview.expiringWithoutRevision'));

  return (
    <div className="ph-attention">
      <section aria-labelledby="attention-heading" className="ph-section">
        <Heading level={2} data-size="sm" id="attention-heading">
          {t('planLife.overview.attentionHeading')}
        </Heading>
        {attention.length === 0 ? (
          <Paragraph>{t('planLife.overview.nothingNeedsAttention')}</Paragraph>
        ) : (
          <ul>
            {attention.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="quality-heading" className="ph-section">
        <Heading level={2} data-size="sm" id="quality-heading">
          {t('planLife.overview.qualityHeading')}
        </Heading>
        <Paragraph>{t('planLife.overview.score', { score })}</Paragraph>
        {findings.length === 0 ? (
          <Paragraph>{t('planLife.overview.noFindings')}</Paragraph>
        ) : (
          <>
            <Heading level={3} data-size="xs">
              {t('planLife.overview.topFindings')}
            </Heading>
            <ul>
              {findings.slice(0, 3).map((f) => {
                const link = findingLinks(f, plan, [])[0];
                const text = messageText(f.text, f.message);
                return (
                  <li key={findingKey(f)}>
                    {link ? <a href={`#${planPageRoute('drafting')}/${link.step}`}>{text}</a> : text}
                  </li>
                );
              })}
            </ul>
            <a href={`#${planPageRoute('drafting')}/check`}>{t('planLife.overview.allFindings')}</a>
          </>
        )}
      </section>
      <section aria-labelledby="latest-status-heading" className="ph-section">
        <Heading level={2} data-size="sm" id="latest-status-heading">
          {t('planLife.overview.statusHeading')}
        </Heading>
        {latestPeriod ? (
          <>
            <Paragraph>
              {t('planLife.overview.statusPeriod', {
                period: periodLabel(latestPeriod, language),
                count: statusCounts.reduce((sum, [, n]) => sum + n, 0),
              })}
            </Paragraph>
            <ul>
              {statusCounts.map(([label, n]) => (
                <li key={label}>
                  {label}: {n}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <Paragraph>{t('planLife.overview.noStatus')}</Paragraph>
        )}
      </section>
      <section aria-labelledby="deadlines-heading" className="ph-section">
        <Heading level={2} data-size="sm" id="deadlines-heading">
          {t('planLife.overview.deadlinesHeading')}
        </Heading>
        {deadlines.length === 0 ? (
          <Paragraph>{t('planLife.overview.noDeadlines')}</Paragraph>
        ) : (
          <ul className="ph-deadlines">
            {deadlines.map((o) => (
              <li key={o.id}>
                <strong>{occurrenceDates(o, language)}</strong>: {o.title}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
