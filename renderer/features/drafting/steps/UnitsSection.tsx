import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { format } from 'date-fns/format';
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_KIND_LABELS } from '../../../../core/labels/domainLabels';
import { op } from '../../../../core/operations/registry';
import { unitUsage } from '../../../../core/plan/units';
import type { Unit, UnitKind } from '../../../../core/schema/organisation';
import { useNotices } from '../../../components/Notices';
import { UnitMunicipalitySelect } from '../../crisis/UnitMunicipalitySelect';
import { useOpenPlan } from '../../document/DocumentContext';
import { applyChange } from '../fields/applyChange';
import { CommitTextfield } from '../fields/CommitTextfield';
import { isEmailAddress } from '../fields/emailAddress';
import { uiLanguage } from '../uiLanguage';

export const UNIT_KINDS: readonly UnitKind[] = ['municipal', 'state', 'rvts', 'voluntary', 'other'];

/** The register of units that can own or join measures: add, rename (keeping the old name), remove unused. */
export function UnitsSection() {
  const { t, i18n } = useTranslation();
  const doc = useOpenPlan();
  const { plan, readOnly } = doc;
  const language = uiLanguage(i18n.language);
  const usage = useMemo(() => new Map(plan.units.map((u) => [u.id, unitUsage(plan, u.id)])), [plan]);
  return (
    <section className="ph-form-section" aria-labelledby="group-units">
      <Heading level={3} data-size="xs" id="group-units" tabIndex={-1}>
        {t('drafting.group.units')}
      </Heading>
      <Paragraph className="ph-muted">{t('drafting.group.unitsHint')}</Paragraph>
      {UNIT_KINDS.map((kind) => {
        const units = plan.units.filter((u) => u.kind === kind);
        if (units.length === 0) return null;
        return (
          <div key={kind} className="ph-unit-group">
            <Heading level={4} data-size="2xs">
              {UNIT_KIND_LABELS[kind][language]} <span className="ph-muted">({units.length})</span>
            </Heading>
            <ul className="ph-units">
              {units.map((unit) => (
                <UnitRow key={unit.id} unit={unit} used={usage.get(unit.id) ?? 0} readOnly={readOnly} />
              ))}
            </ul>
          </div>
        );
      })}
      {!readOnly && <AddUnitForm />}
    </section>
  );
}

function UnitRow({ unit, used, readOnly }: { unit: Unit; used: number; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const [renaming, setRenaming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const kindId = useId();
  const language = uiLanguage(i18n.language);

  const closeRename = () => {
    setRenaming(false);
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  return (
    <li className="ph-units__item">
      <div className="ph-units__name">
        <span className="ph-units__title">{unit.name}</span>
        {unit.formerNames.length > 0 && (
          <span className="ph-muted">
            {t('drafting.group.formerNames', { names: unit.formerNames.map((f) => f.name).join(', ') })}
          </span>
        )}
        <span className="ph-muted">{t('drafting.group.usage', { count: used })}</span>
      </div>
      <CommitTextfield
        data-size="sm"
        className="ph-units__email"
        type="email"
        autoComplete="off"
        label={t('drafting.group.unitEmail')}
        context={unit.name}
        value={unit.email ?? ''}
        readOnly={readOnly}
        validate={(v) => (isEmailAddress(v) ? null : t('drafting.measure.emailInvalid'))}
        onCommit={(v) => applyChange(doc, op('unit.setEmail', { id: unit.id, email: v.trim() }))}
      />
      {renaming ? (
        <RenameUnitForm unit={unit} onDone={closeRename} />
      ) : (
        !readOnly && (
          <div className="ph-actions">
            <Field data-size="sm" className="ph-units__kind">
              <Label htmlFor={kindId} className="ds-sr-only">
                {t('drafting.group.kindOf', { name: unit.name })}
              </Label>
              <Select
                id={kindId}
                width="auto"
                value={unit.kind}
                onChange={(e) => {
                  const kind = e.target.value as UnitKind;
                  if (applyChange(doc, op('unit.setKind', { id: unit.id, kind: kind })) === null) {
                    announce(
                      t('drafting.group.kindChanged', {
                        name: unit.name,
                        kind: UNIT_KIND_LABELS[kind][language],
                      }),
                    );
                  }
                }}
              >
                {UNIT_KINDS.map((k) => (
                  <Select.Option key={k} value={k}>
                    {UNIT_KIND_LABELS[k][language]}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <UnitMunicipalitySelect doc={doc} unit={unit} />
            <Button
              ref={renameButton}
              variant="tertiary"
              data-size="sm"
              aria-label={t('drafting.group.renameUnitLabel', { name: unit.name })}
              onClick={() => setRenaming(true)}
            >
              {t('drafting.group.renameUnit')}
            </Button>
            {used === 0 && (
              <Button
                variant="tertiary"
                data-size="sm"
                data-color="danger"
                aria-label={t('drafting.group.removeUnitLabel', { name: unit.name })}
                onClick={() => {
                  if (doc.apply(op('unit.remove', { id: unit.id }))) {
                    announce(t('drafting.group.unitRemoved', { name: unit.name }));
                    document.getElementById('group-units')?.focus();
                  }
                }}
              >
                {t('drafting.remove')}
              </Button>
            )}
          </div>
        )
      )}
    </li>
  );
}

function RenameUnitForm({ unit, onDone }: { unit: Unit; onDone(): void }) {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const [name, setName] = useState(unit.name);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError(t('drafting.group.unitNameRequired'));
      return;
    }
    if (trimmed === unit.name) {
      onDone();
      return;
    }
    const clash = doc.plan.units.some(
      (u) => u.id !== unit.id && u.name.toLocaleLowerCase('nb') === trimmed.toLocaleLowerCase('nb'),
    );
    if (clash) {
      setError(t('drafting.group.unitExists', { name: trimmed }));
      return;
    }
    const today = format(new Date(), 'yyyy-MM-dd');
    const problem = applyChange(doc, op('unit.rename', { id: unit.id, name: trimmed, today: today }));
    if (problem) {
      setError(problem);
      return;
    }
    announce(t('drafting.group.unitRenamed', { from: unit.name, to: trimmed }));
    onDone();
  };
  return (
    <form
      className="ph-inline-form"
      onSubmit={submit}
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onDone();
        }
      }}
    >
      <Textfield
        data-size="sm"
        label={t('drafting.group.newUnitNameFor', { name: unit.name })}
        description={t('drafting.group.renameHint')}
        value={name}
        error={error ?? undefined}
        onChange={(e) => {
          setName(e.target.value);
          setError(null);
        }}
        ref={(el) => {
          input.current = el as HTMLInputElement | null;
        }}
      />
      <Button type="submit" data-size="sm">
        {t('drafting.save')}
      </Button>
      <Button type="button" variant="tertiary" data-size="sm" onClick={onDone}>
        {t('drafting.cancel')}
      </Button>
    </form>
  );
}

function AddUnitForm() {
  const { t, i18n } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind>('municipal');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const kindId = useId();
  const language = uiLanguage(i18n.language);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('drafting.group.unitNameRequired'));
      input.current?.focus();
      return;
    }
    const problem = applyChange(doc, op('unit.add', { name: name, kind: kind }));
    if (problem) {
      setError(problem);
      input.current?.focus();
      return;
    }
    announce(t('drafting.group.unitAdded', { name: name.trim() }));
    setName('');
    setError(null);
    input.current?.focus();
  };
  return (
    <form className="ph-add-block" onSubmit={submit} noValidate aria-labelledby="add-unit-heading">
      <Heading level={4} data-size="2xs" id="add-unit-heading">
        {t('drafting.group.addUnit')}
      </Heading>
      <div className="ph-form__row ph-form__row--end">
        <Textfield
          className="ph-grow"
          label={t('drafting.group.newUnitName')}
          description={t('drafting.group.newUnitHint')}
          value={name}
          error={error ?? undefined}
          autoComplete="off"
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
          ref={(el) => {
            input.current = el as HTMLInputElement | null;
          }}
        />
        <Field>
          <Label htmlFor={kindId}>{t('drafting.group.newUnitKind')}</Label>
          <Select id={kindId} width="auto" value={kind} onChange={(e) => setKind(e.target.value as UnitKind)}>
            {UNIT_KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {UNIT_KIND_LABELS[k][language]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          {t('drafting.group.addUnitButton')}
        </Button>
      </div>
    </form>
  );
}
