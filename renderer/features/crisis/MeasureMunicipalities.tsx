import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { planMunicipalities } from '../../../core/municipalities/municipalities';
import { leadOwnerIn, measureAppliesTo, unitServes } from '../../../core/municipalities/scope';
import { op } from '../../../core/operations/registry';
import type { Measure } from '../../../core/schema/measure';
import type { PlanDocument } from '../document/usePlanDocument';
import { applyChange } from '../drafting/fields/applyChange';
import { UnitSelect } from '../drafting/fields/UnitSelect';

/**
 * In a plan of several municipalities: which of them a measure applies to (none ticked = all), and its lead
 * owner in each where that is another unit (NAV Saltdal rather than NAV Bodø).
 */
export function MeasureMunicipalities({ doc, measure }: { doc: PlanDocument; measure: Measure }) {
  const { t } = useTranslation();
  const { plan, readOnly } = doc;
  if (plan.partnerMunicipalities.length === 0) return null;
  const all = planMunicipalities(plan);
  const listed = measure.municipalities ?? [];
  const toggle = (name: string, on: boolean) => {
    const next = on ? [...listed, name] : listed.filter((n) => n !== name);
    applyChange(doc, op('measure.setMunicipalities', { id: measure.id, municipalities: next }));
  };
  return (
    <Fieldset className="ph-subform">
      <Fieldset.Legend>{t('crisis.measure.appliesTo')}</Fieldset.Legend>
      <Fieldset.Description>{t('crisis.measure.appliesToHint')}</Fieldset.Description>
      <div className="ph-crisis__actions">
        {all.map((m) => (
          <Checkbox
            key={m.name}
            label={m.name}
            checked={listed.includes(m.name)}
            disabled={readOnly}
            onChange={(event) => toggle(m.name, event.target.checked)}
          />
        ))}
      </div>
      <div className="ph-crisis__grid">
        {all
          .filter((m) => measureAppliesTo(measure, m))
          .map((m) => (
            <UnitSelect
              key={m.name}
              label={t('crisis.measure.ownerIn', { municipality: m.name })}
              units={plan.units.filter((u) => unitServes(u, m))}
              value={leadOwnerIn(measure, m)}
              noneLabel={t('crisis.measure.sameOwner')}
              readOnly={readOnly}
              size="sm"
              onChange={(unitId) =>
                applyChange(
                  doc,
                  op('measure.setLocalOwner', {
                    id: measure.id,
                    municipality: m.name,
                    unitId: unitId ?? null,
                  }),
                )
              }
            />
          ))}
      </div>
    </Fieldset>
  );
}
