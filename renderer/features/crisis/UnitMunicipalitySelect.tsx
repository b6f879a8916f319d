import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { planMunicipalities } from '../../../core/municipalities/municipalities';
import { op } from '../../../core/operations/registry';
import type { Unit } from '../../../core/schema/organisation';
import type { PlanDocument } from '../document/usePlanDocument';
import { applyChange } from '../drafting/fields/applyChange';

/** In a plan of several municipalities: which one a unit belongs to, or shared (the IKS, the police). */
export function UnitMunicipalitySelect({ doc, unit }: { doc: PlanDocument; unit: Unit }) {
  const { t } = useTranslation();
  const id = useId();
  if (doc.plan.partnerMunicipalities.length === 0) return null;
  return (
    <Field data-size="sm">
      <Label htmlFor={id} className="ds-sr-only">
        {t('crisis.unit.municipalityOf', { name: unit.name })}
      </Label>
      <Select
        id={id}
        width="auto"
        value={unit.municipality ?? ''}
        disabled={doc.readOnly}
        onChange={(event) =>
          applyChange(
            doc,
            op('unit.setMunicipality', { unitId: unit.id, municipality: event.target.value || null }),
          )
        }
      >
        <Select.Option value="">{t('crisis.unit.shared')}</Select.Option>
        {planMunicipalities(doc.plan).map((m) => (
          <Select.Option key={m.name} value={m.name}>
            {m.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
