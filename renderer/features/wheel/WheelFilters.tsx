import { Checkbox, Field, Fieldset, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RING_LABELS } from '../../../core/labels/domainLabels';
import type { Plan } from '../../../core/schema/plan';
import { RING_COLORS } from '../../../core/wheel/colors';
import { RING_ORDER } from '../../../core/wheel/layout';
import { uiLanguage } from './describe';
import { ALL_OWNERS, NO_OWNER, toggleRing, type WheelFilter } from './wheelFilter';

/** The legend of the wheel, which is also its ring filter, and the owner filter. */
export function WheelFilters({
  plan,
  filter,
  onChange,
}: {
  plan: Plan;
  filter: WheelFilter;
  onChange(filter: WheelFilter): void;
}) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const ownerId = useId();
  return (
    <div className="ph-wheel-filters">
      <Fieldset data-size="sm" className="ph-wheel-legend">
        <Fieldset.Legend>{t('wheel.filters.rings')}</Fieldset.Legend>
        <Fieldset.Description>{t('wheel.filters.ringsHint')}</Fieldset.Description>
        {RING_ORDER.map((ring) => (
          <div key={ring} className="ph-wheel-legend__item">
            <span className="ph-wheel-swatch" style={{ background: RING_COLORS[ring] }} aria-hidden="true" />
            <Checkbox
              label={RING_LABELS[ring][language]}
              value={ring}
              checked={filter.rings.includes(ring)}
              onChange={() => onChange({ ...filter, rings: toggleRing(filter.rings, ring) })}
            />
          </div>
        ))}
      </Fieldset>
      <Field data-size="sm">
        <Label htmlFor={ownerId}>{t('wheel.filters.owner')}</Label>
        <Select
          id={ownerId}
          value={filter.owner}
          onChange={(e) => onChange({ ...filter, owner: e.target.value })}
        >
          <Select.Option value={ALL_OWNERS}>{t('wheel.filters.allOwners')}</Select.Option>
          <Select.Option value={NO_OWNER}>{t('wheel.filters.noOwner')}</Select.Option>
          {plan.units.map((unit) => (
            <Select.Option key={unit.id} value={unit.id}>
              {unit.name}
            </Select.Option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
