import {
  Button,
  Checkbox,
  Field,
  Fieldset,
  Label,
  Radio,
  Select,
  Textarea,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RING_LABELS } from '../../../core/labels/domainLabels';
import { measureNumbers } from '../../../core/plan/numbering';
import type { Plan } from '../../../core/schema/plan';
import type { WheelEvent, WheelRing } from '../../../core/schema/wheel';
import type { WheelEventFields } from '../../../core/wheel/events';
import { RING_ORDER } from '../../../core/wheel/layout';
import { DateTextfield } from '../../components/DateTextfield';
import { monthName, uiLanguage, weekdayName } from './describe';
import {
  formFromRule,
  RULE_KINDS,
  type RuleFormError,
  type RuleFormField,
  type RuleFormValues,
  ruleFromForm,
} from './ruleForm';

interface EventFormProps {
  plan: Plan;
  event?: WheelEvent;
  headingId: string;
  onSubmit(fields: WheelEventFields): boolean;
  onCancel(): void;
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const ORDINALS = ['1', '2', '3', '4', '5', '-1'] as const;

/** Adds a wheel event or changes one: title, ring, owner, when it recurs, linked measures and a note. */
export function EventForm({ plan, event, headingId, onSubmit, onCancel }: EventFormProps) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const id = useId();
  const [title, setTitle] = useState(event?.title ?? '');
  const [ring, setRing] = useState<WheelRing>(event?.ring ?? 'administrative');
  const [owner, setOwner] = useState(event?.ownerUnitId ?? '');
  const [rule, setRule] = useState<RuleFormValues>(() => formFromRule(event?.rule));
  const [measureIds, setMeasureIds] = useState<string[]>(event?.measureIds ?? []);
  const [note, setNote] = useState(event?.note ?? '');
  const [titleError, setTitleError] = useState(false);
  const [ruleError, setRuleError] = useState<RuleFormError | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const numbers = measureNumbers(plan);

  const change = (field: RuleFormField) => (e: { target: { value: string } }) => {
    setRule((r) => ({ ...r, [field]: e.target.value }));
    if (ruleError?.field === field) setRuleError(null);
  };
  const errorFor = (field: RuleFormField) =>
    ruleError?.field === field
      ? t(`wheel.form.errors.${ruleError.problem}`, { max: ruleError.max })
      : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = title.trim();
    const parsed = ruleFromForm(rule);
    setTitleError(trimmed === '');
    setRuleError('error' in parsed ? parsed.error : null);
    if (trimmed === '') {
      form.current?.querySelector<HTMLInputElement>(`[name="title"]`)?.focus();
      return;
    }
    if ('error' in parsed) {
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>(`[name="${parsed.error.field}"]`)?.focus(),
      );
      return;
    }
    onSubmit({
      title: trimmed,
      ring,
      rule: parsed.rule,
      ownerUnitId: owner === '' ? undefined : owner,
      measureIds,
      note: note.trim(),
    });
  };

  const monthSelect = (field: RuleFormField, label: string) => (
    <Field>
      <Label htmlFor={`${id}-${field}`}>{label}</Label>
      <Select id={`${id}-${field}`} name={field} value={rule[field]} onChange={change(field)} width="auto">
        {MONTHS.map((m) => (
          <Select.Option key={m} value={String(m)}>
            {monthName(m, language)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
  const numberField = (field: RuleFormField, label: string) => (
    <Textfield
      label={label}
      name={field}
      inputMode="numeric"
      size={4}
      maxLength={2}
      value={rule[field]}
      onChange={change(field)}
      error={errorFor(field)}
    />
  );
  const weekdaySelect = (field: RuleFormField, label: string, wholeWeek = false) => (
    <Field>
      <Label htmlFor={`${id}-${field}`}>{label}</Label>
      <Select id={`${id}-${field}`} name={field} value={rule[field]} onChange={change(field)} width="auto">
        {wholeWeek && <Select.Option value="">{t('wheel.form.wholeWeek')}</Select.Option>}
        {WEEKDAYS.map((d) => (
          <Select.Option key={d} value={String(d)}>
            {weekdayName(d, language)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );

  return (
    <form
      ref={form}
      onSubmit={submit}
      noValidate
      className="ph-form ph-wheel-form"
      aria-labelledby={headingId}
    >
      <Textfield
        label={t('wheel.form.title')}
        name="title"
        value={title}
        onChange={(e) => {
          setTitle(e.target.value);
          setTitleError(false);
        }}
        error={titleError ? t('wheel.form.errors.title') : undefined}
        required
        autoComplete="off"
      />
      <div className="ph-form__row">
        <Field>
          <Label htmlFor={`${id}-ring`}>{t('wheel.form.ring')}</Label>
          <Select
            id={`${id}-ring`}
            name="ring"
            value={ring}
            onChange={(e) => setRing(e.target.value as WheelRing)}
            width="auto"
          >
            {RING_ORDER.map((r) => (
              <Select.Option key={r} value={r}>
                {RING_LABELS[r][language]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={`${id}-owner`}>{t('wheel.form.owner')}</Label>
          <Select
            id={`${id}-owner`}
            name="owner"
            value={owner}
            onChange={(e) => setOwner(e.target.value)}
            width="auto"
          >
            <Select.Option value="">{t('wheel.form.noOwner')}</Select.Option>
            {plan.units.map((unit) => (
              <Select.Option key={unit.id} value={unit.id}>
                {unit.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
      </div>
      <Fieldset>
        <Fieldset.Legend>{t('wheel.form.when')}</Fieldset.Legend>
        {RULE_KINDS.map((kind) => (
          <Radio
            key={kind}
            name="kind"
            value={kind}
            label={t(`wheel.form.kinds.${kind}`)}
            checked={rule.kind === kind}
            onChange={() => {
              setRule((r) => ({ ...r, kind }));
              setRuleError(null);
            }}
          />
        ))}
      </Fieldset>
      <div className="ph-form__row ph-wheel-form__rule">
        {rule.kind === 'fixed' && (
          <>
            {numberField('day', t('wheel.form.day'))}
            {monthSelect('month', t('wheel.form.month'))}
          </>
        )}
        {rule.kind === 'range' && (
          <>
            {numberField('fromDay', t('wheel.form.fromDay'))}
            {monthSelect('fromMonth', t('wheel.form.fromMonth'))}
            {numberField('toDay', t('wheel.form.toDay'))}
            {monthSelect('toMonth', t('wheel.form.toMonth'))}
          </>
        )}
        {rule.kind === 'nth-weekday' && (
          <>
            <Field>
              <Label htmlFor={`${id}-nth`}>{t('wheel.form.nth')}</Label>
              <Select id={`${id}-nth`} name="nth" value={rule.nth} onChange={change('nth')} width="auto">
                {ORDINALS.map((n) => (
                  <Select.Option key={n} value={n}>
                    {t(`wheel.rules.ordinals.${n}`)}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            {weekdaySelect('weekday', t('wheel.form.weekday'))}
            {monthSelect('nthMonth', t('wheel.form.month'))}
          </>
        )}
        {rule.kind === 'iso-week' && (
          <>
            {numberField('week', t('wheel.form.week'))}
            {weekdaySelect('weekWeekday', t('wheel.form.weekWeekday'), true)}
          </>
        )}
        {rule.kind === 'once' && (
          <>
            <DateTextfield
              label={t('wheel.form.date')}
              name="date"
              value={rule.date}
              onValueChange={(value) => change('date')({ target: { value } })}
              error={errorFor('date')}
            />
            <DateTextfield
              label={t('wheel.form.endDate')}
              name="endDate"
              value={rule.endDate}
              onValueChange={(value) => change('endDate')({ target: { value } })}
              error={errorFor('endDate')}
            />
          </>
        )}
      </div>
      {rule.kind === 'range' && <p className="ph-wheel-hint">{t('wheel.form.rangeHint')}</p>}
      {plan.measures.length > 0 && (
        <Fieldset className="ph-wheel-form__measures">
          <Fieldset.Legend>{t('wheel.form.measures')}</Fieldset.Legend>
          {plan.measures.map((measure) => (
            <Checkbox
              key={measure.id}
              value={measure.id}
              label={`${numbers.get(measure.id) ?? ''} ${measure.title}`}
              checked={measureIds.includes(measure.id)}
              onChange={(e) =>
                setMeasureIds((ids) =>
                  e.target.checked ? [...ids, measure.id] : ids.filter((existing) => existing !== measure.id),
                )
              }
            />
          ))}
        </Fieldset>
      )}
      <Field>
        <Label htmlFor={`${id}-note`}>{t('wheel.form.note')}</Label>
        <Textarea
          id={`${id}-note`}
          name="note"
          value={note}
          rows={3}
          onChange={(e) => setNote(e.target.value)}
        />
      </Field>
      <div className="ph-wheel-actions">
        <Button type="submit">{event ? t('wheel.form.save') : t('wheel.form.add')}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('wheel.form.cancel')}
        </Button>
      </div>
    </form>
  );
}
