import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { op } from '../../../../core/operations/registry';
import type { PlanDetailsChanges } from '../../../../core/plan/planDetails';
import type { Plan } from '../../../../core/schema/plan';
import { useOpenPlan } from '../../document/DocumentContext';
import { AnchoringMapSection } from '../../lifecycle/AnchoringMapSection';
import { fieldKeys } from '../fieldKeys';
import { applyChange } from '../fields/applyChange';
import { CommitTextfield } from '../fields/CommitTextfield';
import { UnitSelect } from '../fields/UnitSelect';
import { useChecks } from '../fields/useChecks';
import { municipalityNumber, optionalDate, required, year } from '../fields/validators';
import { PartnerMunicipalities } from './PartnerMunicipalities';

/** Step 1: what the plan is, for whom, on whose mandate, anchored where, coordinated by whom. */
export function StartStep() {
  const { t } = useTranslation();
  const doc = useOpenPlan();
  const checks = useChecks();
  const { plan, readOnly } = doc;
  const change = (build: (p: Plan) => PlanDetailsChanges) =>
    applyChange(doc, op('plan.updateDetails', { changes: build(doc.plan) }));
  const text = (value: string) => value.trim();
  const date = (value: string) => (value.trim() === '' ? undefined : value.trim());

  return (
    <>
      <section className="ph-form-section" aria-labelledby="start-about">
        <Heading level={3} data-size="xs" id="start-about">
          {t('drafting.start.about')}
        </Heading>
        <CommitTextfield
          label={t('drafting.start.title')}
          value={plan.title}
          field={fieldKeys.plan('title')}
          required
          readOnly={readOnly}
          validate={checks(required)}
          onCommit={(v) => change(() => ({ title: text(v) }))}
        />
        <div className="ph-form__row">
          <CommitTextfield
            className="ph-grow"
            label={t('drafting.start.municipality')}
            value={plan.municipality.name}
            field={fieldKeys.plan('municipality.name')}
            required
            readOnly={readOnly}
            validate={checks(required)}
            onCommit={(v) => change((p) => ({ municipality: { ...p.municipality, name: text(v) } }))}
          />
          <CommitTextfield
            label={t('drafting.start.municipalityNumber')}
            description={t('drafting.start.municipalityNumberHint')}
            value={plan.municipality.number ?? ''}
            field={fieldKeys.plan('municipality.number')}
            inputMode="numeric"
            maxLength={4}
            size={6}
            readOnly={readOnly}
            validate={checks(municipalityNumber)}
            onCommit={(v) =>
              change((p) => ({ municipality: { name: p.municipality.name, number: text(v) || undefined } }))
            }
          />
        </div>
        <div className="ph-form__row">
          <CommitTextfield
            label={t('drafting.start.fromYear')}
            value={String(plan.period.fromYear)}
            field={fieldKeys.plan('period.fromYear')}
            inputMode="numeric"
            maxLength={4}
            size={6}
            readOnly={readOnly}
            validate={checks(required, year)}
            onCommit={(v) => change((p) => ({ period: { ...p.period, fromYear: Number(v) } }))}
          />
          <CommitTextfield
            label={t('drafting.start.toYear')}
            value={String(plan.period.toYear)}
            field={fieldKeys.plan('period.toYear')}
            inputMode="numeric"
            maxLength={4}
            size={6}
            readOnly={readOnly}
            validate={checks(required, year)}
            onCommit={(v) => change((p) => ({ period: { ...p.period, toYear: Number(v) } }))}
          />
        </div>
        <PartnerMunicipalities />
      </section>

      <section className="ph-form-section" aria-labelledby="start-mandate">
        <Heading level={3} data-size="xs" id="start-mandate">
          {t('drafting.start.mandate')}
        </Heading>
        <Paragraph className="ph-muted">{t('drafting.start.mandateHint')}</Paragraph>
        <div className="ph-form__row">
          <CommitTextfield
            className="ph-grow"
            label={t('drafting.start.mandateGivenBy')}
            description={t('drafting.start.mandateGivenByHint')}
            value={plan.mandate.givenBy}
            field={fieldKeys.plan('mandate.givenBy')}
            readOnly={readOnly}
            onCommit={(v) => change((p) => ({ mandate: { ...p.mandate, givenBy: text(v) } }))}
          />
          <CommitTextfield
            label={t('drafting.start.mandateDate')}
            type="date"
            value={plan.mandate.date ?? ''}
            field={fieldKeys.plan('mandate.date')}
            readOnly={readOnly}
            validate={checks(optionalDate)}
            onCommit={(v) => change((p) => ({ mandate: { ...p.mandate, date: date(v) } }))}
          />
        </div>
        <CommitTextfield
          label={t('drafting.start.mandateText')}
          description={t('drafting.start.mandateTextHint')}
          multiline
          rows={3}
          value={plan.mandate.text}
          field={fieldKeys.plan('mandate.text')}
          readOnly={readOnly}
          onCommit={(v) => change((p) => ({ mandate: { ...p.mandate, text: v.trim() } }))}
        />
      </section>

      <section className="ph-form-section" aria-labelledby="start-anchoring">
        <Heading level={3} data-size="xs" id="start-anchoring">
          {t('drafting.start.anchoring')}
        </Heading>
        <Paragraph className="ph-muted">{t('drafting.start.anchoringHint')}</Paragraph>
        <div className="ph-form__row">
          <CommitTextfield
            className="ph-grow"
            label={t('drafting.start.politicalBody')}
            description={t('drafting.start.politicalBodyHint')}
            value={plan.anchoring.politicalBody}
            field={fieldKeys.plan('anchoring.politicalBody')}
            readOnly={readOnly}
            onCommit={(v) => change((p) => ({ anchoring: { ...p.anchoring, politicalBody: text(v) } }))}
          />
          <CommitTextfield
            className="ph-grow"
            label={t('drafting.start.administrativeOwner')}
            description={t('drafting.start.administrativeOwnerHint')}
            value={plan.anchoring.administrativeOwner}
            field={fieldKeys.plan('anchoring.administrativeOwner')}
            readOnly={readOnly}
            onCommit={(v) => change((p) => ({ anchoring: { ...p.anchoring, administrativeOwner: text(v) } }))}
          />
        </div>
      </section>

      <AnchoringMapSection />

      <section className="ph-form-section" aria-labelledby="start-coordinator">
        <Heading level={3} data-size="xs" id="start-coordinator">
          {t('drafting.start.coordinator')}
        </Heading>
        <Paragraph className="ph-muted">{t('drafting.start.coordinatorHint')}</Paragraph>
        <div className="ph-form__row">
          <CommitTextfield
            className="ph-grow"
            label={t('drafting.start.coordinatorName')}
            value={plan.coordinator.name}
            field={fieldKeys.plan('coordinator.name')}
            readOnly={readOnly}
            onCommit={(v) => change((p) => ({ coordinator: { ...p.coordinator, name: text(v) } }))}
          />
          <CommitTextfield
            className="ph-grow"
            label={t('drafting.start.coordinatorRole')}
            description={t('drafting.start.coordinatorRoleHint')}
            value={plan.coordinator.role}
            field={fieldKeys.plan('coordinator.role')}
            readOnly={readOnly}
            onCommit={(v) => change((p) => ({ coordinator: { ...p.coordinator, role: text(v) } }))}
          />
        </div>
        <div className="ph-narrow">
          <UnitSelect
            label={t('drafting.start.coordinatorUnit')}
            units={plan.units}
            value={plan.coordinator.unitId}
            field={fieldKeys.plan('coordinator.unitId')}
            noneLabel={t('drafting.units.none')}
            readOnly={readOnly}
            onChange={(unitId) => change((p) => ({ coordinator: { ...p.coordinator, unitId } }))}
          />
        </div>
      </section>
    </>
  );
}
