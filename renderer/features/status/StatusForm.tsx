import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../core/schema/measure';
import { REPORTABLE_STATUSES } from '../../../core/status/draft';
import { RISK_LABELS } from '../../../core/status/riskLabels';
import { DateTextfield } from '../../components/DateTextfield';
import { formatDate } from '../../i18n/dates';
import {
  reasonRequired,
  reasonStatus,
  type StatusFormErrors,
  type StatusFormField,
  type StatusFormValues,
  validateStatusForm,
  willShowAsDoneLate,
} from './statusForm';
import { useDomainLanguage } from './useDomainLanguage';

const RISK_LEVELS = ['low', 'medium', 'high'] as const;
const FIELD_ORDER: StatusFormField[] = ['status', 'reason', 'asOf', 'decisionText'];

interface StatusFormProps {
  measure: Measure;
  initial: StatusFormValues;
  submitLabel: string;
  /** Saves the report; false when it could not be saved (the message is shown already). */
  onSubmit(values: StatusFormValues): boolean;
  onCancel(): void;
}

/** One status report: status, reason where needed, date, text, risk, decision, indicators, reporter. */
export function StatusForm({ measure, initial, submitLabel, onSubmit, onCancel }: StatusFormProps) {
  const { t, i18n } = useTranslation();
  const { statusLabel, language } = useDomainLanguage();
  const id = useId();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<StatusFormErrors>({});
  const fields = useRef<Partial<Record<StatusFormField, HTMLElement | null>>>({});

  const set = <K extends keyof StatusFormValues>(field: K, value: StatusFormValues[K]) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (field in errors) setErrors((previous) => ({ ...previous, [field]: undefined }));
  };
  const error = (field: StatusFormField) => {
    const key = errors[field];
    return key ? t(`status.form.errors.${key}`) : undefined;
  };
  const register = (field: StatusFormField) => (element: HTMLElement | null) => {
    fields.current[field] = element;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateStatusForm(values);
    const first = FIELD_ORDER.find((field) => found[field]);
    setErrors(found);
    if (first) {
      fields.current[first]?.focus();
      return;
    }
    onSubmit(values);
  };

  const doneLate = willShowAsDoneLate(values, measure);
  const reasonFor = reasonStatus(values.status);
  return (
    <form className="ph-form ph-status-form" onSubmit={submit} noValidate>
      <Fieldset className="ph-status-form__statuses">
        <Fieldset.Legend>{t('status.form.status')}</Fieldset.Legend>
        <Fieldset.Description>{t('status.form.statusHint')}</Fieldset.Description>
        <div className="ph-status-form__options">
          {REPORTABLE_STATUSES.map((status, index) => (
            <Radio
              key={status}
              name={`${id}-status`}
              value={status}
              label={statusLabel(status)}
              checked={values.status === status}
              onChange={() => set('status', status)}
              aria-invalid={errors.status ? true : undefined}
              aria-describedby={errors.status ? `${id}-status-error` : undefined}
              ref={index === 0 ? register('status') : undefined}
            />
          ))}
        </div>
        {errors.status && <ValidationMessage id={`${id}-status-error`}>{error('status')}</ValidationMessage>}
      </Fieldset>
      {doneLate && measure.deadline && (
        <Paragraph className="ph-note" data-size="sm">
          {t('status.form.doneLate', {
            deadline: formatDate(measure.deadline, i18n.language),
            status: statusLabel('done-late'),
          })}
        </Paragraph>
      )}
      {reasonFor && (
        <Textfield
          multiline
          rows={3}
          label={reasonRequired(values.status) ? t('status.form.reasonRequired') : t('status.form.reason')}
          description={t(`status.form.reasonHint.${reasonFor}`)}
          required={reasonRequired(values.status)}
          value={values.reason}
          onChange={(event) => set('reason', event.target.value)}
          error={error('reason')}
          ref={register('reason')}
        />
      )}
      <DateTextfield
        label={t('status.form.asOf')}
        description={t('status.form.asOfHint')}
        value={values.asOf}
        onValueChange={(value) => set('asOf', value)}
        error={error('asOf')}
        required
        ref={register('asOf')}
        className="ph-status-form__date"
      />
      <Textfield
        multiline
        rows={4}
        label={t('status.form.narrative')}
        description={t('status.form.narrativeHint')}
        value={values.narrative}
        onChange={(event) => set('narrative', event.target.value)}
      />
      <Textfield
        multiline
        rows={2}
        label={t('status.form.nextStep')}
        value={values.nextStep}
        onChange={(event) => set('nextStep', event.target.value)}
      />
      <Field className="ph-status-form__risk">
        <Label htmlFor={`${id}-risk`}>{t('status.form.risk')}</Label>
        <Select
          id={`${id}-risk`}
          width="auto"
          value={values.risk}
          onChange={(event) => set('risk', event.target.value as StatusFormValues['risk'])}
        >
          <Select.Option value="">{t('status.risk.none')}</Select.Option>
          {RISK_LEVELS.map((level) => (
            <Select.Option key={level} value={level}>
              {RISK_LABELS[level][language]}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('status.form.decision')}</Fieldset.Legend>
        <Checkbox
          label={t('status.form.decisionNeeded')}
          checked={values.decisionNeeded}
          onChange={(event) => set('decisionNeeded', event.target.checked)}
        />
        {values.decisionNeeded && (
          <Textfield
            multiline
            rows={2}
            label={t('status.form.decisionText')}
            required
            value={values.decisionText}
            onChange={(event) => set('decisionText', event.target.value)}
            error={error('decisionText')}
            ref={register('decisionText')}
          />
        )}
      </Fieldset>
      {measure.indicators.length > 0 && (
        <Fieldset>
          <Fieldset.Legend>{t('status.form.indicators')}</Fieldset.Legend>
          {measure.indicators.map((indicator) => (
            <Textfield
              key={indicator.id}
              label={indicator.unit ? `${indicator.name} (${indicator.unit})` : indicator.name}
              description={
                indicator.baseline || indicator.target
                  ? t('status.form.indicatorHint', { baseline: indicator.baseline, target: indicator.target })
                  : undefined
              }
              value={values.indicatorValues[indicator.id] ?? ''}
              onChange={(event) =>
                set('indicatorValues', { ...values.indicatorValues, [indicator.id]: event.target.value })
              }
              className="ph-status-form__indicator"
            />
          ))}
        </Fieldset>
      )}
      <Textfield
        label={t('status.form.reportedBy')}
        description={t('status.form.reportedByHint')}
        value={values.reportedBy}
        onChange={(event) => set('reportedBy', event.target.value)}
        autoComplete="name"
      />
      <div className="ph-actions">
        <Button type="submit">{submitLabel}</Button>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t('status.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
