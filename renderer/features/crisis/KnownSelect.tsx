import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface KnownSelectProps {
  label: string;
  value: boolean | null;
  onChange(value: boolean | null): void;
  disabled?: boolean;
}

/** Yes, no or not known, as the profile stores its facts. */
export function KnownSelect({ label, value, onChange, disabled }: KnownSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const current = value === null ? '' : value ? 'yes' : 'no';
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        width="auto"
        value={current}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value === 'yes')}
      >
        <Select.Option value="">{t('crisis.profile.known.unknown')}</Select.Option>
        <Select.Option value="yes">{t('crisis.profile.known.yes')}</Select.Option>
        <Select.Option value="no">{t('crisis.profile.known.no')}</Select.Option>
      </Select>
    </Field>
  );
}
