import {
  Button,
  Dialog,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Table,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../../../core/labels/domainLabels';
import { op } from '../../../core/operations/registry';
import { type ReportingPeriod, reportingPeriods } from '../../../core/reporting/periods';
import { applyScheme } from '../../../core/reporting/scheme';
import { ReportingCycle } from '../../../core/schema/reporting';
import { dateProblems, indexHolidays } from '../../../core/wheel/warnings';
import { useNotices } from '../../components/Notices';
import { useOpenPlan } from '../document/DocumentContext';
import { longDate, uiLanguage, warningSentence } from '../wheel/describe';
import { useHolidays } from '../wheel/useHolidays';
import { PeriodOverrideForm } from './PeriodOverrideForm';
import { formFromScheme, type SchemeFormErrors, type SchemeFormValues, schemeFromForm } from './schemeForm';
import '../wheel/wheel.css';

/** The reporting scheme: how often status is collected, when it is due and which meeting gets the report. */
export function ReportingPage() {
  const doc = useOpenPlan();
  const { plan } = doc;
  const { t, i18n } = useTranslation();
  const { announce } = useNotices();
  const language = uiLanguage(i18n.language);
  const [values, setValues] = useState<SchemeFormValues>(() => formFromScheme(plan.reportingScheme));
  const [errors, setErrors] = useState<SchemeFormErrors>({});
  const [adjusting, setAdjusting] = useState<string | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const holidays = useHolidays(plan.period.fromYear, plan.period.toYear + 1);
  const byDate = useMemo(() => indexHolidays(holidays), [holidays]);
  const periods = useMemo(() => reportingPeriods(plan), [plan]);
  const overridden = new Set(plan.reportingScheme.overrides.map((o) => o.periodId));
  const adjustingPeriod = periods.find((p) => p.id === adjusting);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const result = schemeFromForm(values, plan.reportingScheme);
    if ('errors' in result) {
      setErrors(result.errors);
      const first = (['collectionDays', 'meetingBody', 'meetingDays'] as const).find((f) => result.errors[f]);
      form.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    const dropped = applyScheme(plan, result.scheme).droppedOverrides;
    const next = doc.apply(op('reporting.setScheme', { scheme: result.scheme }));
    if (next) {
      announce(
        dropped > 0
          ? `${t('wheel.reporting.saved')} ${t('wheel.reporting.overridesDropped', { count: dropped })}`
          : t('wheel.reporting.saved'),
      );
    }
  };

  const change = (field: keyof SchemeFormValues) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    setErrors((errs) => ({ ...errs, [field]: undefined }));
  };

  const dateCell = (date: string) => {
    const problems = dateProblems(date, byDate);
    return (
      <>
        {longDate(date, language)}
        {problems.reasons.length > 0 && (
          <span className="ph-wheel-warning">
            {warningSentence({ occurrenceId: '', date, ...problems }, t, language)}
          </span>
        )}
      </>
    );
  };

  const closeAdjusting = (period: ReportingPeriod | undefined) => {
    setAdjusting(null);
    if (period) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-adjust="${period.id}"]`)?.focus(),
      );
    }
  };

  return (
    <div className="ph-wheel-page">
      <div className="ph-page-intro">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {t('wheel.reporting.heading')}
        </Heading>
        <Paragraph>{t('wheel.reporting.intro')}</Paragraph>
      </div>

      <section className="ph-section" aria-labelledby="scheme-heading">
        <Heading level={2} data-size="sm" id="scheme-heading">
          {t('wheel.reporting.schemeHeading')}
        </Heading>
        <form ref={form} className="ph-form" onSubmit={save} noValidate aria-labelledby="scheme-heading">
          <Fieldset>
            <Fieldset.Legend>{t('wheel.reporting.cycle')}</Fieldset.Legend>
            {ReportingCycle.options.map((cycle) => (
              <Radio
                key={cycle}
                name="cycle"
                value={cycle}
                label={t(`wheel.reporting.cycles.${cycle}`)}
                checked={values.cycle === cycle}
                disabled={doc.readOnly}
                onChange={() => setValues((v) => ({ ...v, cycle }))}
              />
            ))}
          </Fieldset>
          <Textfield
            label={t('wheel.reporting.collectionDays')}
            description={t('wheel.reporting.collectionDaysHint')}
            name="collectionDays"
            inputMode="numeric"
            size={6}
            value={values.collectionDays}
            onChange={change('collectionDays')}
            error={errors.collectionDays ? t('wheel.reporting.errors.collectionDays') : undefined}
            readOnly={doc.readOnly}
          />
          <div className="ph-reporting-meeting">
            <Textfield
              label={t('wheel.reporting.meetingBody')}
              name="meetingBody"
              value={values.meetingBody}
              onChange={change('meetingBody')}
              error={errors.meetingBody ? t('wheel.reporting.errors.meetingBody') : undefined}
              readOnly={doc.readOnly}
            />
            <Textfield
              label={t('wheel.reporting.meetingDays')}
              name="meetingDays"
              inputMode="numeric"
              size={6}
              value={values.meetingDays}
              onChange={change('meetingDays')}
              error={errors.meetingDays ? t('wheel.reporting.errors.meetingDays') : undefined}
              readOnly={doc.readOnly}
            />
          </div>
          {plan.statusUpdates.length > 0 && (
            <Paragraph data-size="sm">{t('wheel.reporting.existingReports')}</Paragraph>
          )}
          {!doc.readOnly && (
            <div>
              <Button type="submit">{t('wheel.reporting.save')}</Button>
            </div>
          )}
        </form>
      </section>

      <section className="ph-section" aria-labelledby="periods-heading">
        <Heading level={2} data-size="sm" id="periods-heading">
          {t('wheel.reporting.periodsHeading', { from: plan.period.fromYear, to: plan.period.toYear })}
        </Heading>
        <Paragraph>{t('wheel.reporting.periodsIntro')}</Paragraph>
        <div className="ph-reporting-table">
          <Table data-size="sm" zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('wheel.reporting.columns.period')}</Table.HeaderCell>
                <Table.HeaderCell>{t('wheel.reporting.columns.covers')}</Table.HeaderCell>
                <Table.HeaderCell>{t('wheel.reporting.columns.collection')}</Table.HeaderCell>
                <Table.HeaderCell>{t('wheel.reporting.columns.meeting')}</Table.HeaderCell>
                {!doc.readOnly && <Table.HeaderCell>{t('wheel.reporting.columns.actions')}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {periods.map((period) => (
                <Table.Row key={period.id}>
                  <Table.HeaderCell scope="row">
                    {periodLabel(period.id, language)} <span className="ph-reporting-id">({period.id})</span>
                    {overridden.has(period.id) && (
                      <>
                        {' '}
                        <Tag data-size="sm" data-color="info">
                          {t('wheel.reporting.adjusted')}
                        </Tag>
                      </>
                    )}
                  </Table.HeaderCell>
                  <Table.Cell>
                    {longDate(period.start, language)} – {longDate(period.end, language)}
                  </Table.Cell>
                  <Table.Cell>{dateCell(period.collectionDeadline)}</Table.Cell>
                  <Table.Cell>
                    {period.meetingBody}: {dateCell(period.meetingDate)}
                  </Table.Cell>
                  {!doc.readOnly && (
                    <Table.Cell>
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        data-adjust={period.id}
                        aria-label={t('wheel.reporting.editLabel', {
                          period: periodLabel(period.id, language),
                        })}
                        onClick={() => setAdjusting(period.id)}
                      >
                        {t('wheel.reporting.edit')}
                      </Button>
                    </Table.Cell>
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      </section>

      <Dialog
        open={adjustingPeriod !== undefined}
        onClose={() => closeAdjusting(adjustingPeriod)}
        closeButton={t('wheel.reporting.overrideCancel')}
        aria-labelledby="override-heading"
        closedby="closerequest"
      >
        {adjustingPeriod && (
          <PeriodOverrideForm
            key={adjustingPeriod.id}
            document={doc}
            period={adjustingPeriod}
            headingId="override-heading"
            onDone={() => closeAdjusting(adjustingPeriod)}
          />
        )}
      </Dialog>
    </div>
  );
}
