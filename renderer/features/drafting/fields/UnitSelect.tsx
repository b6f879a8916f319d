import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_KIND_LABELS } from '../../../../core/labels/domainLabels';
import type { Unit, UnitKind } from '../../../../core/schema/organisation';
import { uiLanguage } from '../uiLanguage';

const KIND_ORDER: readonly UnitKind[] = ['municipal', 'state', 'rvts', 'voluntary', 'other'];

/** Value of the extra option that asks to create a new unit instead of choosing one. */
export const NEW_UNIT = '__new__';

interface UnitSelectProps {
  label: ReactNode;
  description?: ReactNode;
  units: readonly Unit[];
  value: string | undefined;
  onChange(unitId: string | undefined): void;
  field?: string;
  error?: string | null;
  /** Text of the empty choice; absent means a unit must be chosen. */
  noneLabel?: string;
  /** Offer «new unit …» as the last choice; choosing it calls `onNewUnit`. */
  onNewUnit?: () => void;
  readOnly?: boolean;
  size?: 'sm' | 'md';
  'aria-label'?: string;
}

/** A choice of one of the plan's units, grouped by kind (municipal, state …). */
export function UnitSelect({
  label,
  description,
  units,
  value,
  onChange,
  field,
  error,
  noneLabel,
  onNewUnit,
  readOnly,
  size,
  'aria-label': ariaLabel,
}: UnitSelectProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = uiLanguage(i18n.language);
  return (
    <Field data-size={size}>
      {label && <Label htmlFor={id}>{label}</Label>}
      {description && <Field.Description>{description}</Field.Description>}
      <Select
        id={id}
        value={value ?? ''}
        data-place={field}
        aria-label={ariaLabel}
        aria-invalid={error ? true : undefined}
        readOnly={readOnly}
        onChange={(event) => {
          const next = event.target.value;
          if (next === NEW_UNIT) onNewUnit?.();
          else onChange(next === '' ? undefined : next);
        }}
      >
        <Select.Option value="">{noneLabel ?? t('drafting.units.choose')}</Select.Option>
        {KIND_ORDER.map((kind) => {
          const ofKind = units.filter((u) => u.kind === kind);
          if (ofKind.length === 0) return null;
          return (
            <Select.Optgroup key={kind} label={UNIT_KIND_LABELS[kind][language]}>
              {ofKind.map((unit) => (
                <Select.Option key={unit.id} value={unit.id}>
                  {unit.name}
                </Select.Option>
              ))}
            </Select.Optgroup>
          );
        })}
        {onNewUnit && <Select.Option value={NEW_UNIT}>{t('drafting.units.newOption')}</Select.Option>}
      </Select>
      {error && <ValidationMessage>{error}</ValidationMessage>}
    </Field>
  );
}
