import { Button, Field, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../core/ids';
import { UNIT_KIND_LABELS } from '../../../../core/labels/domainLabels';
import { op } from '../../../../core/operations/registry';
import type { Measure } from '../../../../core/schema/measure';
import type { UnitKind } from '../../../../core/schema/organisation';
import { useNotices } from '../../../components/Notices';
import { useOpenPlan } from '../../document/DocumentContext';
import { fieldKeys } from '../fieldKeys';
import { applyChange } from '../fields/applyChange';
import { UnitSelect } from '../fields/UnitSelect';
import { UNIT_KINDS } from '../steps/UnitsSection';
import { uiLanguage } from '../uiLanguage';

/**
 * The one lead owner of a measure, chosen among the plan's units, or a new unit made on the spot (the new
 * unit and the choice of it are one undo step).
 */
export function OwnerField({ measure, number }: { measure: Measure; number: string }) {
  const { t } = useTranslation();
  const doc = useOpenPlan();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const missing = measure.leadOwnerUnitId === undefined;
  return (
    <div className="ph-owner">
      <UnitSelect
        label={t('drafting.measure.owner')}
        description={t('drafting.measure.ownerHint')}
        units={doc.plan.units}
        value={measure.leadOwnerUnitId}
        field={fieldKeys.measure(measure.id, 'leadOwnerUnitId')}
        noneLabel={t('drafting.measure.noOwner')}
        error={error}
        readOnly={doc.readOnly}
        onNewUnit={() => setCreating(true)}
        onChange={(unitId) => {
          const choose = op('measure.setLeadOwner', { id: measure.id, unitId: unitId ?? null });
          setError(applyChange(doc, choose) || null);
        }}
      />
      {missing && !creating && (
        <p className="ph-hint-warning">{t('drafting.measure.ownerMissing', { number })}</p>
      )}
      {creating && <NewOwnerUnit measure={measure} onDone={() => setCreating(false)} />}
    </div>
  );
}

function NewOwnerUnit({ measure, onDone }: { measure: Measure; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind>('municipal');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const kindId = useId();
  const language = uiLanguage(i18n.language);
  useEffect(() => input.current?.focus(), []);

  const create = () => {
    if (!name.trim()) {
      setError(t('drafting.group.unitNameRequired'));
      input.current?.focus();
      return;
    }
    const unitId = newId();
    const problem = applyChange(
      doc,
      op('unit.add', { id: unitId, name, kind }),
      op('measure.setLeadOwner', { id: measure.id, unitId }),
    );
    if (problem) {
      setError(problem);
      input.current?.focus();
      return;
    }
    announce(t('drafting.measure.newOwnerAdded', { name: name.trim() }));
    onDone();
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(`[data-place="${fieldKeys.measure(measure.id, 'leadOwnerUnitId')}"]`)
        ?.focus(),
    );
  };

  return (
    // Not a <form>: Enter in the name field creates the unit without submitting anything around it.
    <fieldset
      className="ph-new-owner"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <legend className="ds-sr-only">{t('drafting.measure.newOwnerGroup')}</legend>
      <div className="ph-form__row ph-form__row--end">
        <Textfield
          data-size="sm"
          className="ph-grow"
          label={t('drafting.measure.newOwnerName')}
          value={name}
          error={error ?? undefined}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              create();
            }
          }}
          ref={(el) => {
            input.current = el as HTMLInputElement | null;
          }}
        />
        <Field data-size="sm">
          <Label htmlFor={kindId}>{t('drafting.group.newUnitKind')}</Label>
          <Select id={kindId} width="auto" value={kind} onChange={(e) => setKind(e.target.value as UnitKind)}>
            {UNIT_KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {UNIT_KIND_LABELS[k][language]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button data-size="sm" onClick={create}>
          {t('drafting.measure.createOwner')}
        </Button>
        <Button data-size="sm" variant="tertiary" onClick={onDone}>
          {t('drafting.cancel')}
        </Button>
      </div>
    </fieldset>
  );
}
