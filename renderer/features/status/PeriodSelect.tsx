import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportingPeriod } from '../../../core/reporting/periods';
import { useDomainLanguage } from './useDomainLanguage';

interface PeriodSelectProps {
  periods: readonly ReportingPeriod[];
  value: string;
  onChange(periodId: string): void;
  label?: string;
}

/** Chooses a reporting period of the plan («2. tertial 2027»). */
export function PeriodSelect({ periods, value, onChange, label }: PeriodSelectProps) {
  const { t } = useTranslation();
  const { periodLabel } = useDomainLanguage();
  const id = useId();
  return (
    <Field className="ph-period-select">
      <Label htmlFor={id}>{label ?? t('status.period')}</Label>
      <Select id={id} width="auto" value={value} onChange={(event) => onChange(event.target.value)}>
        {periods.map((period) => (
          <Select.Option key={period.id} value={period.id}>
            {periodLabel(period.id)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
