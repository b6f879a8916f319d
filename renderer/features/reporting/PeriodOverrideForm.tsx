import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../../../core/labels/domainLabels';
import { op } from '../../../core/operations/registry';
import type { ReportingPeriod } from '../../../core/reporting/periods';
import { DateTextfield } from '../../components/DateTextfield';
import { useNotices } from '../../components/Notices';
import type { PlanDocument } from '../document/usePlanDocument';
import { longDate, uiLanguage } from '../wheel/describe';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Moves one period's collection deadline or meeting away from the scheme's rule (or back to it). */
export function PeriodOverrideForm({
  document: doc,
  period,
  headingId,
  onDone,
}: {
  document: PlanDocument;
  period: ReportingPeriod;
  headingId: string;
  onDone(): void;
}) {
  const { t, i18n } = useTranslation();
  const { announce } = useNotices();
  const language = uiLanguage(i18n.language);
  const scheme = doc.plan.reportingScheme;
  const current = scheme.overrides.find((o) => o.periodId === period.id);
  const [collection, setCollection] = useState(current?.collectionDeadline ?? '');
  const [body, setBody] = useState(current?.meetingBody ?? '');
  const [meeting, setMeeting] = useState(current?.meetingDate ?? '');
  const [invalid, setInvalid] = useState<'collection' | 'meeting' | null>(null);
  const label = periodLabel(period.id, language);
  const computed = (days: number) => format(addDays(parseISO(period.end), days), 'yyyy-MM-dd');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (collection !== '' && !DATE.test(collection)) return setInvalid('collection');
    if (meeting !== '' && !DATE.test(meeting)) return setInvalid('meeting');
    if (
      doc.apply(
        op('reporting.setPeriodOverride', {
          periodId: period.id,
          collectionDeadline: collection,
          meetingBody: body,
          meetingDate: meeting,
        }),
      )
    ) {
      announce(t('wheel.reporting.overrideSaved', { period: label }));
      onDone();
    }
  };

  const clear = () => {
    if (doc.apply(op('reporting.setPeriodOverride', { periodId: period.id }))) {
      announce(t('wheel.reporting.overrideCleared', { period: label }));
      onDone();
    }
  };

  return (
    <form className="ph-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Heading level={2} data-size="sm" id={headingId}>
        {t('wheel.reporting.overrideHeading', { period: label })}
      </Heading>
      <Paragraph data-size="sm">
        {t('wheel.reporting.overrideIntro', {
          collection: longDate(computed(scheme.collectionDaysAfterEnd), language),
          body: scheme.meetingBody,
          meeting: longDate(computed(scheme.meetingDaysAfterEnd), language),
        })}
      </Paragraph>
      <DateTextfield
        label={t('wheel.reporting.overrideCollection')}
        value={collection}
        onValueChange={(value) => {
          setCollection(value);
          setInvalid(null);
        }}
        error={invalid === 'collection' ? t('wheel.reporting.dateInvalid') : undefined}
      />
      <Textfield
        label={t('wheel.reporting.overrideBody')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <DateTextfield
        label={t('wheel.reporting.overrideMeeting')}
        value={meeting}
        onValueChange={(value) => {
          setMeeting(value);
          setInvalid(null);
        }}
        error={invalid === 'meeting' ? t('wheel.reporting.dateInvalid') : undefined}
      />
      <div className="ph-wheel-actions">
        <Button type="submit">{t('wheel.reporting.overrideSave')}</Button>
        {current && (
          <Button type="button" variant="secondary" onClick={clear}>
            {t('wheel.reporting.overrideClear')}
          </Button>
        )}
        <Button type="button" variant="tertiary" onClick={onDone}>
          {t('wheel.reporting.overrideCancel')}
        </Button>
      </div>
    </form>
  );
}
