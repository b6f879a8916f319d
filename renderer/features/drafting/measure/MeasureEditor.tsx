import { Checkbox, Field, Heading, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_KIND_LABELS } from '../../../../core/labels/domainLabels';
import { op } from '../../../../core/operations/registry';
import type { MeasureChanges } from '../../../../core/plan/measures';
import type { Measure } from '../../../../core/schema/measure';
import { MeasureMunicipalities } from '../../crisis/MeasureMunicipalities';
import { useOpenPlan } from '../../document/DocumentContext';
import { useDrafting } from '../DraftingContext';
import { fieldKeys } from '../fieldKeys';
import { applyChange } from '../fields/applyChange';
import { CommitTextfield } from '../fields/CommitTextfield';
import { isEmailAddress } from '../fields/emailAddress';
import { IndicatorsEditor } from '../fields/IndicatorsEditor';
import { useChecks } from '../fields/useChecks';
import { optionalDate, required } from '../fields/validators';
import { focusField } from '../focusField';
import { UNIT_KINDS } from '../steps/UnitsSection';
import { uiLanguage } from '../uiLanguage';
import { CheckboxList } from './CheckboxList';
import { FundingFields } from './FundingFields';
import { MilestonesEditor } from './MilestonesEditor';
import { OwnerField } from './OwnerField';
import { formatPeriod, parsePeriod } from './period';

/** Everything about one measure: the promise, who carries it, when, for whom, on what basis, and how we know. */
export function MeasureEditor({ measure, number }: { measure: Measure; number: string }) {
  const { t, i18n } = useTranslation();
  const doc = useOpenPlan();
  const { templates, planTemplates } = useDrafting();
  const checks = useChecks();
  const areaId = useId();
  const { plan, readOnly } = doc;
  const language = uiLanguage(i18n.language);
  const place = (field: string) => fieldKeys.measure(measure.id, field);
  const update = (changes: MeasureChanges) =>
    applyChange(doc, op('measure.update', { id: measure.id, changes: changes }));
  const owner = t('drafting.measure.owned', { number });
  const partnerOptions = UNIT_KINDS.flatMap((kind) =>
    plan.units
      .filter((u) => u.kind === kind && u.id !== measure.leadOwnerUnitId)
      .map((u) => ({
        id: u.id,
        label: `${u.name} (${UNIT_KIND_LABELS[kind][language].toLocaleLowerCase()})`,
      })),
  );
  // Legal references are stored as the label the plan cites, so they are offered in the plan's language.
  const legalOptions = planTemplates.vocabulary.legalReferences.map((r) => ({ id: r.label, label: r.label }));

  return (
    <div className="ph-measure-editor">
      <section className="ph-editor-part" aria-labelledby={`m-${measure.id}-what`}>
        <Heading level={5} data-size="2xs" id={`m-${measure.id}-what`}>
          {t('drafting.measure.partWhat')}
        </Heading>
        <CommitTextfield
          label={t('drafting.measure.title')}
          description={t('drafting.measure.titleHint')}
          value={measure.title}
          field={place('title')}
          readOnly={readOnly}
          validate={checks(required)}
          onCommit={(v) => update({ title: v.trim() })}
        />
        <CommitTextfield
          label={t('drafting.measure.description')}
          description={t('drafting.measure.descriptionHint')}
          multiline
          rows={4}
          value={measure.description}
          field={place('description')}
          readOnly={readOnly}
          onCommit={(v) => update({ description: v.trim() })}
        />
        <div className="ph-form__row ph-form__row--start">
          <div className="ph-grow">
            <OwnerField measure={measure} number={number} />
            <MeasureMunicipalities doc={doc} measure={measure} />
          </div>
          <CommitTextfield
            className="ph-grow"
            label={t('drafting.measure.contactPerson')}
            description={t('drafting.measure.contactPersonHint')}
            value={measure.contactPerson}
            field={place('contactPerson')}
            readOnly={readOnly}
            onCommit={(v) => update({ contactPerson: v.trim() })}
          />
          <CommitTextfield
            className="ph-grow"
            type="email"
            autoComplete="off"
            label={t('drafting.measure.contactEmail')}
            description={t('drafting.measure.contactEmailHint')}
            value={measure.contactEmail ?? ''}
            field={place('contactEmail')}
            readOnly={readOnly}
            validate={(v) => (isEmailAddress(v) ? null : t('drafting.measure.emailInvalid'))}
            onCommit={(v) => update({ contactEmail: v.trim() })}
          />
        </div>
        <Field className="ph-narrow">
          <Label htmlFor={areaId}>{t('drafting.measure.focusArea')}</Label>
          <Select
            id={areaId}
            value={measure.focusAreaId}
            readOnly={readOnly}
            data-place={place('focusAreaId')}
            onChange={(e) => {
              const target = e.target.value;
              const toEnd = doc.plan.measures.length;
              const move = op('measure.move', { id: measure.id, focusAreaId: target, toIndex: toEnd });
              if (applyChange(doc, move) === null) {
                void focusField(place('focusAreaId'));
              }
            }}
          >
            {plan.focusAreas.map((f, i) => (
              <Select.Option key={f.id} value={f.id}>
                {i + 1}. {f.title}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <CheckboxList
          legend={t('drafting.measure.partners')}
          description={t('drafting.measure.partnersHint')}
          options={partnerOptions}
          selected={measure.partnerUnitIds}
          place={place('partnerUnitIds')}
          readOnly={readOnly}
          folded
          onChange={(partnerUnitIds) => update({ partnerUnitIds })}
        />
      </section>

      <section className="ph-editor-part" aria-labelledby={`m-${measure.id}-when`}>
        <Heading level={5} data-size="2xs" id={`m-${measure.id}-when`}>
          {t('drafting.measure.partWhen')}
        </Heading>
        <div className="ph-form__row ph-form__row--end">
          <CommitTextfield
            label={t('drafting.measure.start')}
            type="date"
            value={measure.start ?? ''}
            field={place('start')}
            readOnly={readOnly}
            validate={checks(optionalDate)}
            onCommit={(v) => update({ start: v.trim() || undefined })}
          />
          <CommitTextfield
            label={t('drafting.measure.deadline')}
            type="date"
            value={measure.deadline ?? ''}
            field={place('deadline')}
            readOnly={readOnly}
            validate={checks(optionalDate)}
            onCommit={(v) => update({ deadline: v.trim() || undefined })}
          />
          <CommitTextfield
            label={t('drafting.measure.period')}
            description={t('drafting.measure.periodHint')}
            value={formatPeriod(measure.period)}
            field={place('period')}
            size={12}
            readOnly={readOnly}
            validate={(v) => (parsePeriod(v) === null ? t('drafting.measure.periodInvalid') : null)}
            onCommit={(v) => update({ period: parsePeriod(v) ?? undefined })}
          />
        </div>
        <Checkbox
          label={t('drafting.measure.recurring')}
          description={t('drafting.measure.recurringHint')}
          checked={measure.recurring}
          readOnly={readOnly}
          data-place={place('recurring')}
          onChange={(e) => !readOnly && update({ recurring: e.target.checked })}
        />
      </section>

      <section className="ph-editor-part" aria-labelledby={`m-${measure.id}-who`}>
        <Heading level={5} data-size="2xs" id={`m-${measure.id}-who`}>
          {t('drafting.measure.partWho')}
        </Heading>
        <CheckboxList
          legend={t('drafting.measure.targetGroups')}
          options={templates.vocabulary.targetGroups}
          selected={measure.targetGroups}
          place={place('targetGroups')}
          readOnly={readOnly}
          folded
          onChange={(targetGroups) => update({ targetGroups })}
        />
        <CheckboxList
          legend={t('drafting.measure.violenceForms')}
          options={templates.vocabulary.violenceForms}
          selected={measure.violenceForms}
          place={place('violenceForms')}
          readOnly={readOnly}
          folded
          onChange={(violenceForms) => update({ violenceForms })}
        />
      </section>

      <section className="ph-editor-part" aria-labelledby={`m-${measure.id}-basis`}>
        <Heading level={5} data-size="2xs" id={`m-${measure.id}-basis`}>
          {t('drafting.measure.partBasis')}
        </Heading>
        <CheckboxList
          legend={t('drafting.measure.legalBasis')}
          description={t('drafting.measure.legalBasisHint')}
          options={legalOptions}
          selected={measure.legalBasis}
          place={place('legalBasis')}
          readOnly={readOnly}
          folded
          onChange={(legalBasis) => update({ legalBasis })}
        />
        <FundingFields measure={measure} />
        {measure.nationalLink && (
          <p className="ph-muted">{t('drafting.measure.source', { source: measure.nationalLink })}</p>
        )}
      </section>

      <section className="ph-editor-part" aria-labelledby={`m-${measure.id}-how`}>
        <Heading level={5} data-size="2xs" id={`m-${measure.id}-how`}>
          {t('drafting.measure.partHow')}
        </Heading>
        <IndicatorsEditor
          owner={owner}
          indicators={measure.indicators}
          readOnly={readOnly}
          addPlace={place('indicators')}
          description={t('drafting.measure.indicatorsHint')}
          onChange={(indicators) => update({ indicators })}
        />
        <MilestonesEditor
          owner={owner}
          milestones={measure.milestones}
          readOnly={readOnly}
          addPlace={place('milestones')}
          onChange={(milestones) => update({ milestones })}
        />
      </section>
    </div>
  );
}
