import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { op } from '../../../core/operations/registry';
import { measureNumbers } from '../../../core/plan/numbering';
import type { ReportingPeriod } from '../../../core/reporting/periods';
import type { StatusUpdate } from '../../../core/schema/status';
import type { ReportableStatus } from '../../../core/status/draft';
import { latestUpdateBefore } from '../../../core/status/previous';
import { effectiveStatus } from '../../../core/status/summary';
import { currentReport } from '../../../core/status/updates';
import { useNotices } from '../../components/Notices';
import { formatDate } from '../../i18n/dates';
import type { PlanDocument } from '../document/usePlanDocument';
import { isoToday, laterDate } from './periodChoice';
import { ReportDetails } from './ReportDetails';
import { StatusBadge } from './StatusBadge';
import { StatusForm } from './StatusForm';
import { StatusHistory } from './StatusHistory';
import { draftFromForm, emptyStatusForm, formFromUpdate, type StatusFormValues } from './statusForm';
import { useDomainLanguage } from './useDomainLanguage';

interface MeasureStatusViewProps {
  document: PlanDocument;
  editable: boolean;
  measureId: string;
  period: ReportingPeriod;
  /** A status to start the new report with (from a check: «sett Forsinket»). */
  presetStatus?: ReportableStatus;
  onBack(): void;
}

type Mode = { kind: 'view' } | { kind: 'correct'; update: StatusUpdate };

/** One measure in the round: its report for the period (new or corrected) and its whole history. */
export function MeasureStatusView({
  document: doc,
  editable,
  measureId,
  period,
  presetStatus,
  onBack,
}: MeasureStatusViewProps) {
  const { t, i18n } = useTranslation();
  const { announce } = useNotices();
  const { periodLabel } = useDomainLanguage();
  const { plan } = doc;
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const heading = useRef<HTMLHeadingElement>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  const measure = plan.measures.find((m) => m.id === measureId);
  const number = useMemo(() => measureNumbers(plan).get(measureId) ?? '', [plan, measureId]);
  const report = currentReport(plan, measureId, period.id);
  const previous = useMemo(
    () => latestUpdateBefore(plan, period.id).get(measureId),
    [plan, period.id, measureId],
  );

  useEffect(() => {
    heading.current?.focus();
  }, []);

  if (!measure) {
    return (
      <div className="ph-status-measure">
        <Heading level={1} data-size="md" tabIndex={-1} ref={heading}>
          {t('status.measure.missing')}
        </Heading>
        <Button variant="secondary" onClick={onBack}>
          {t('status.measure.back')}
        </Button>
      </div>
    );
  }

  const owner = plan.units.find((u) => u.id === measure.leadOwnerUnitId);
  const area = plan.focusAreas.find((f) => f.id === measure.focusAreaId);
  const label = `${number} ${measure.title}`.trim();
  const today = isoToday();
  const newForm = emptyStatusForm(
    laterDate(today, period.start),
    previous?.reportedBy || measure.contactPerson,
    presetStatus ?? '',
  );

  const saved = (key: 'status.measure.saved' | 'status.measure.corrected') => {
    announce(t(key, { measure: label, period: periodLabel(period.id) }));
    setMode({ kind: 'view' });
    requestAnimationFrame(() => reportHeading.current?.focus());
  };

  const addReport = (values: StatusFormValues) => {
    const draft = draftFromForm(values, measure, period.id);
    const next = doc.apply(op('status.add', { draft }));
    if (next) saved('status.measure.saved');
    return next !== null;
  };

  const correctReport = (target: StatusUpdate, values: StatusFormValues) => {
    const {
      measureId: _measure,
      periodId: _period,
      ...fields
    } = draftFromForm(values, measure, target.periodId);
    const next = doc.apply(op('status.correct', { correctsId: target.id, fields }));
    if (next) saved('status.measure.corrected');
    return next !== null;
  };

  const startCorrection = (update: StatusUpdate) => {
    setMode({ kind: 'correct', update });
    requestAnimationFrame(() => reportHeading.current?.focus());
  };

  let reportPart: ReactNode;
  if (mode.kind === 'correct') {
    const target = mode.update;
    reportPart = (
      <>
        <Paragraph>
          {t('status.measure.correctIntro', {
            date: formatDate(target.reportedAt, i18n.language),
            period: periodLabel(target.periodId),
          })}
        </Paragraph>
        <StatusForm
          key={target.id}
          measure={measure}
          initial={formFromUpdate(target)}
          submitLabel={t('status.measure.saveCorrection')}
          onSubmit={(values) => correctReport(target, values)}
          onCancel={() => setMode({ kind: 'view' })}
        />
      </>
    );
  } else if (report) {
    reportPart = (
      <>
        <StatusBadge status={effectiveStatus(report, measure)} />
        <ReportDetails update={report} measure={measure} />
        {editable && (
          <div className="ph-actions">
            <Button variant="secondary" onClick={() => startCorrection(report)}>
              {t('status.history.correct')}
            </Button>
          </div>
        )}
      </>
    );
  } else if (!editable) {
    reportPart = <Paragraph className="ph-empty">{t('status.measure.noReport')}</Paragraph>;
  } else {
    reportPart = (
      <>
        {previous && (
          <div className="ph-previous">
            <Paragraph data-size="sm" className="ph-previous__title">
              {t('status.measure.previous', { period: periodLabel(previous.periodId) })}{' '}
              <StatusBadge status={effectiveStatus(previous, measure)} />
            </Paragraph>
            {previous.narrative && <Paragraph data-size="sm">{previous.narrative}</Paragraph>}
            {previous.nextStep && (
              <Paragraph data-size="sm">
                {t('status.measure.previousNextStep', { text: previous.nextStep })}
              </Paragraph>
            )}
          </div>
        )}
        <StatusForm
          key={`${period.id}-${presetStatus ?? ''}`}
          measure={measure}
          initial={newForm}
          submitLabel={t('status.measure.save')}
          onSubmit={addReport}
          onCancel={onBack}
        />
      </>
    );
  }

  return (
    <div className="ph-status-measure">
      <div>
        <Button variant="tertiary" data-size="sm" onClick={onBack}>
          <span aria-hidden="true">←</span> {t('status.measure.back')}
        </Button>
      </div>
      <div className="ph-page-intro">
        <Paragraph className="ph-muted">
          {t('status.measure.kicker', { period: periodLabel(period.id) })}
        </Paragraph>
        <Heading level={1} data-size="md" tabIndex={-1} ref={heading}>
          {label}
        </Heading>
        <dl className="ph-facts">
          <div>
            <dt>{t('status.measure.owner')}</dt>
            <dd>{owner?.name ?? t('status.round.noOwner')}</dd>
          </div>
          <div>
            <dt>{t('status.measure.deadline')}</dt>
            <dd>{measure.deadline ? formatDate(measure.deadline, i18n.language) : '–'}</dd>
          </div>
          <div>
            <dt>{t('status.measure.area')}</dt>
            <dd>{area?.title ?? '–'}</dd>
          </div>
        </dl>
      </div>
      {plan.lifecycle === 'expired' && (
        <Alert data-color="info">
          <Paragraph>{t('status.archived')}</Paragraph>
        </Alert>
      )}
      <section className="ph-section" aria-labelledby="status-report-heading">
        <Heading level={2} data-size="sm" id="status-report-heading" tabIndex={-1} ref={reportHeading}>
          {mode.kind === 'correct'
            ? t('status.measure.correctHeading', { period: periodLabel(mode.update.periodId) })
            : t('status.measure.reportHeading', { period: periodLabel(period.id) })}
        </Heading>
        {reportPart}
      </section>
      <section className="ph-section" aria-labelledby="status-history-heading">
        <Heading level={2} data-size="sm" id="status-history-heading">
          {t('status.history.heading')}
        </Heading>
        <StatusHistory
          plan={plan}
          measureId={measureId}
          headingLevel={3}
          onCorrect={editable ? startCorrection : undefined}
        />
      </section>
    </div>
  );
}
