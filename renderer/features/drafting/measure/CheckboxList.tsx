import { Checkbox, Details, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

interface CheckboxListProps {
  legend: string;
  description?: string;
  options: readonly { id: string; label: string }[];
  selected: readonly string[];
  onChange(next: string[]): void;
  readOnly: boolean;
  place?: string;
  /** Start folded, showing how many are chosen in the summary. */
  folded?: boolean;
}

/**
 * Several choices from a list (target groups, forms of violence, legal basis, partners). Chosen values that
 * are not among the options (an older label, an imported text) stay listed and can be unticked.
 */
export function CheckboxList({
  legend,
  description,
  options,
  selected,
  onChange,
  readOnly,
  place,
  folded,
}: CheckboxListProps) {
  const { t } = useTranslation();
  const known = new Set(options.map((o) => o.id));
  const all = [...options, ...selected.filter((id) => !known.has(id)).map((id) => ({ id, label: id }))];
  const chosen = new Set(selected);
  const toggle = (id: string, on: boolean) => {
    if (readOnly) return;
    onChange(on ? [...selected, id] : selected.filter((s) => s !== id));
  };
  const fieldset = (
    <Fieldset data-size="sm" className="ph-subform">
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      <div className="ph-checkbox-grid">
        {all.map((option, index) => (
          <Checkbox
            key={option.id}
            label={option.label}
            value={option.id}
            checked={chosen.has(option.id)}
            readOnly={readOnly}
            data-place={index === 0 ? place : undefined}
            onChange={(e) => toggle(option.id, e.target.checked)}
          />
        ))}
      </div>
    </Fieldset>
  );
  if (!folded) return fieldset;
  const names = all.filter((o) => chosen.has(o.id)).map((o) => o.label);
  return (
    <Details className="ph-fold">
      <Details.Summary>
        {legend}
        <span className="ph-muted ph-fold__count">
          {names.length === 0 ? t('drafting.noneChosen') : t('drafting.chosenCount', { count: names.length })}
        </span>
      </Details.Summary>
      <Details.Content>{fieldset}</Details.Content>
    </Details>
  );
}
