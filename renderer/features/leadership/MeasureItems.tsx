import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/dates';
import { StatusBadge } from '../status/StatusBadge';
import { useDomainLanguage } from '../status/useDomainLanguage';
import type { LeadershipMeasure } from './leadershipSummary';

type Show = 'why' | 'decision' | 'deadline';

interface MeasureItemsProps {
  measures: LeadershipMeasure[];
  /** The period shown; a report from an earlier one says when it is from. */
  periodId: string;
  label: string;
  /** What each item tells beside the status. */
  show: Show;
  onOpenHistory(measureId: string): void;
}

/** Measures as calm cards: number and title (opens the history), owner, status, and why or what is needed. */
export function MeasureItems({ measures, periodId, label, show, onOpenHistory }: MeasureItemsProps) {
  const { t, i18n } = useTranslation();
  const { periodLabel } = useDomainLanguage();
  return (
    <ul className="ph-items" aria-label={label}>
      {measures.map((m) => {
        const report = m.report;
        const why = report ? report.reason || report.narrative : '';
        return (
          <li key={m.measureId} className="ph-item" data-show={show}>
            <div className="ph-item__head">
              <button
                type="button"
                className="ph-linkbutton ph-item__title"
                onClick={() => onOpenHistory(m.measureId)}
                data-history-for={m.measureId}
              >
                <span className="ph-item__number">{m.number}</span> {m.title}
              </button>
              <StatusBadge status={m.status} />
            </div>
            <Paragraph data-size="sm" className="ph-item__meta">
              {[
                m.ownerName,
                m.deadline
                  ? t('leadership.items.deadline', { date: formatDate(m.deadline, i18n.language) })
                  : '',
                report && report.periodId !== periodId
                  ? t('leadership.items.reported', { period: periodLabel(report.periodId) })
                  : '',
              ]
                .filter(Boolean)
                .join(' · ')}
            </Paragraph>
            {show === 'decision' && report?.decisionNeeded.text && (
              <Paragraph className="ph-item__text">{report.decisionNeeded.text}</Paragraph>
            )}
            {show === 'why' && why && <Paragraph className="ph-item__text">{why}</Paragraph>}
            {show === 'why' && report?.nextStep && (
              <Paragraph data-size="sm" className="ph-item__next">
                {t('leadership.items.nextStep', { text: report.nextStep })}
              </Paragraph>
            )}
          </li>
        );
      })}
    </ul>
  );
}
