import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { planMunicipalities } from '../../../core/municipalities/municipalities';
import type { Plan } from '../../../core/schema/plan';

interface MunicipalitySelectProps {
  plan: Pick<Plan, 'municipality' | 'partnerMunicipalities'>;
  /** A municipality's name, or '' for all of them. */
  value: string;
  onChange(name: string): void;
  /** Leave out «all municipalities» where one must be chosen (the supervision pack). */
  required?: boolean;
}

/** Chooses one of the plan's municipalities, or all; shown only for a plan shared by several. */
export function MunicipalitySelect({ plan, value, onChange, required = false }: MunicipalitySelectProps) {
  const { t } = useTranslation();
  const id = useId();
  if (plan.partnerMunicipalities.length === 0) return null;
  return (
    <Field className="ph-municipality-select">
      <Label htmlFor={id}>{t('crisis.municipality.label')}</Label>
      <Select id={id} width="auto" value={value} onChange={(event) => onChange(event.target.value)}>
        {!required && <Select.Option value="">{t('crisis.municipality.all')}</Select.Option>}
        {planMunicipalities(plan).map((m) => (
          <Select.Option key={m.name} value={m.name}>
            {m.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
