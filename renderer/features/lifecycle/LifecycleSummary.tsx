import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { useTranslation } from 'react-i18next';
import { timeLeft } from '../../../core/lifecycle/countdown';
import { LIFECYCLE_STATE_LABELS } from '../../../core/lifecycle/labels';
import type { LifecycleStatus } from '../../../core/lifecycle/state';
import type { Plan } from '../../../core/schema/plan';
import { messageText } from '../../app/errors';
import { uiLanguage } from '../wheel/describe';
import './lifecycle.css';

const TAG_COLORS = {
  draft: 'info',
  consultation: 'info',
  adopted: 'success',
  'in-force': 'success',
  expiring: 'warning',
  expired: 'danger',
  'under-revision': 'info',
  replaced: 'neutral',
} as const;

const day = (iso: string) => format(parseISO(iso), 'dd.MM.yyyy');

/** The lifecycle at a glance: its state, how long is left, the decisions behind it, and a banner when late. */
export function LifecycleSummary({
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
  const left = timeLeft(status, today);
  const record = plan.lifecycleRecord;
  const rollover = record?.rollovers?.at(-1);
  const banner =
    status.state === 'expiring' && !status.revisionStarted
      ? {
          color: 'warning' as const,
          text: t('planLife.overview.bannerExpiring', { date: day(status.period.end) }),
        }
      : status.state === 'expired'
        ? {
            color: 'danger' as const,
            text: t('planLife.overview.bannerExpired', { date: day(status.period.end) }),
          }
        : (status.state === 'draft' || status.state === 'consultation') && status.phase !== 'before'
          ? { color: 'warning' as const, text: t('planLife.overview.bannerNotAdopted') }
          : null;
  return (
    <section aria-labelledby="lifecycle-heading" className="ph-section ph-lifecycle">
      <Heading level={2} data-size="sm" id="lifecycle-heading">
        {t('planLife.overview.lifecycleHeading')}
      </Heading>
      {banner && (
        <Alert data-color={banner.color} className="ph-lifecycle-banner">
          <Paragraph>{banner.text}</Paragraph>
        </Alert>
      )}
      <p className="ph-lifecycle-state">
        <Tag data-color={TAG_COLORS[status.state]}>{LIFECYCLE_STATE_LABELS[status.state][language]}</Tag>{' '}
        <span className="ph-lifecycle-countdown">{left ? messageText(left, '') : ''}</span>
      </p>
      <ul className="ph-lifecycle-facts">
        {plan.adoption.date && plan.lifecycle !== 'draft' && plan.lifecycle !== 'consultation' && (
          <li>
            {t('planLife.overview.adoptedBy', { body: plan.adoption.body, date: day(plan.adoption.date) })}
            {plan.adoption.caseNumber &&
              `, ${t('planLife.overview.caseNumber', { caseNumber: plan.adoption.caseNumber })}`}
          </li>
        )}
        {record?.consultation && (
          <li>{t('planLife.overview.consultationDeadline', { date: day(record.consultation.deadline) })}</li>
        )}
        {rollover && (
          <li>
            {t('planLife.overview.rolledOver', { year: rollover.toYear, date: day(rollover.decidedOn) })}
          </li>
        )}
        {record?.revision && (
          <li>{t('planLife.overview.revisionStarted', { date: day(record.revision.startedOn) })}</li>
        )}
      </ul>
    </section>
  );
}
