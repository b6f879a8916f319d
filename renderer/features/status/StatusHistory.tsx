import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../core/schema/plan';
import type { StatusUpdate } from '../../../core/schema/status';
import { measureHistory } from '../../../core/status/updates';
import { formatDate } from '../../i18n/dates';
import { ReportDetails } from './ReportDetails';
import { StatusBadge } from './StatusBadge';
import { useDomainLanguage } from './useDomainLanguage';

interface StatusHistoryProps {
  plan: Plan;
  measureId: string;
  /** Level of each report's heading. */
  headingLevel: 2 | 3 | 4;
  /** Starts a correction of a current report; absent where the plan cannot be changed. */
  onCorrect?: (update: StatusUpdate) => void;
}

/**
 * Every report on a measure, newest first. Corrections say which report they correct; corrected reports stay,
 * marked as replaced, so nothing said earlier disappears.
 */
export function StatusHistory({ plan, measureId, headingLevel, onCorrect }: StatusHistoryProps) {
  const { t, i18n } = useTranslation();
  const { periodLabel } = useDomainLanguage();
  const measure = plan.measures.find((m) => m.id === measureId);
  const entries = useMemo(() => measureHistory(plan, measureId).reverse(), [plan, measureId]);
  const byId = useMemo(() => new Map(plan.statusUpdates.map((u) => [u.id, u])), [plan.statusUpdates]);
  const reportedOn = (id: string | undefined) => {
    const reportedAt = id ? byId.get(id)?.reportedAt : undefined;
    return reportedAt ? formatDate(reportedAt, i18n.language) : '';
  };

  if (entries.length === 0) return <Paragraph className="ph-empty">{t('status.history.empty')}</Paragraph>;
  return (
    <ol className="ph-history-list">
      {entries.map(({ update, effectiveStatus, isCorrection, correctedBy, current }) => (
        <li key={update.id} className="ph-history-entry" data-current={current || undefined}>
          <div className="ph-history-entry__head">
            <Heading level={headingLevel} data-size="2xs">
              {periodLabel(update.periodId)}
            </Heading>
            <StatusBadge status={effectiveStatus} />
          </div>
          {isCorrection && (
            <Paragraph data-size="sm" className="ph-history-entry__note">
              {t('status.history.corrects', { date: reportedOn(update.corrects) })}
            </Paragraph>
          )}
          {!current && (
            <Paragraph data-size="sm" className="ph-history-entry__note">
              {t('status.history.replaced', { date: reportedOn(correctedBy) })}
            </Paragraph>
          )}
          <ReportDetails update={update} measure={measure} />
          <Paragraph data-size="sm" className="ph-muted">
            {t('status.history.reportedAt', { date: formatDate(update.reportedAt, i18n.language) })}
          </Paragraph>
          {current && onCorrect && (
            <div className="ph-actions">
              <Button
                variant="secondary"
                data-size="sm"
                onClick={() => onCorrect(update)}
                aria-label={t('status.history.correctLabel', { period: periodLabel(update.periodId) })}
              >
                {t('status.history.correct')}
              </Button>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
