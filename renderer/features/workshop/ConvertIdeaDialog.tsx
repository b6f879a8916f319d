import {
  Button,
  Dialog,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, WorkshopIdea } from '../../../core/schema/plan';
import type { ConvertIdeaInput } from '../../../core/workshop/ideas';
import { parseDateText } from './dateText';

const NEW_UNIT = '__new';

interface ConvertIdeaDialogProps {
  plan: Plan;
  idea: WorkshopIdea;
  onCancel(): void;
  /** Makes the measure; false when it could not be made (the reason is shown). */
  onConvert(input: ConvertIdeaInput): boolean;
}

type Errors = Partial<Record<'title' | 'focusArea' | 'unitName' | 'deadline', string>>;

/**
 * «Gjør til tiltak»: the idea's text as the title, and the owner unit (one of the plan's or a new one) and
 * deadline asked for there and then. Both may be left open; the handout then lists them as open questions.
 */
export function ConvertIdeaDialog({ plan, idea, onCancel, onConvert }: ConvertIdeaDialogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [title, setTitle] = useState(idea.text);
  const [focusAreaId, setFocusAreaId] = useState(idea.focusAreaId ?? '');
  const [owner, setOwner] = useState('');
  const [unitName, setUnitName] = useState('');
  const [deadline, setDeadline] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const titleField = useRef<HTMLInputElement | null>(null);
  const units = [...plan.units].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const min = `${plan.period.fromYear}-01-01`;
  const max = `${plan.period.toYear}-12-31`;

  // The dialog (a child) is already open when this runs: start in the title, not on the close button.
  useEffect(() => {
    titleField.current?.focus();
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (!title.trim()) found.title = t('workshop.convert.titleRequired');
    if (!focusAreaId) found.focusArea = t('workshop.convert.focusAreaRequired');
    if (owner === NEW_UNIT && !unitName.trim()) found.unitName = t('workshop.convert.unitNameRequired');
    const date = deadline.trim() ? parseDateText(deadline) : null;
    if (deadline.trim() && date === null) found.deadline = t('workshop.convert.deadlineInvalid');
    else if (date !== null && (date < min || date > max)) {
      found.deadline = t('workshop.convert.deadlineOutside', {
        from: plan.period.fromYear,
        to: plan.period.toYear,
      });
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    onConvert({
      title: title.trim(),
      focusAreaId,
      ...(owner === NEW_UNIT
        ? { owner: { newUnitName: unitName.trim() } }
        : owner
          ? { owner: { unitId: owner } }
          : {}),
      ...(date ? { deadline: date } : {}),
    });
  };

  return (
    <Dialog
      open
      onClose={onCancel}
      closeButton={t('workshop.convert.close')}
      aria-labelledby={headingId}
      className="ph-convert"
    >
      <form onSubmit={submit} noValidate className="ph-form">
        <Heading level={2} data-size="sm" id={headingId}>
          {t('workshop.convert.heading')}
        </Heading>
        <Textfield
          label={t('workshop.convert.title')}
          value={title}
          maxLength={500}
          error={errors.title}
          onChange={(event) => setTitle(event.target.value)}
          ref={(element) => {
            titleField.current = element as HTMLInputElement | null;
          }}
        />
        <Field>
          <Label>{t('workshop.convert.focusArea')}</Label>
          <Select
            value={focusAreaId}
            onChange={(event) => setFocusAreaId(event.target.value)}
            aria-invalid={Boolean(errors.focusArea) || undefined}
          >
            <Select.Option value="" disabled>
              {t('workshop.convert.chooseFocusArea')}
            </Select.Option>
            {plan.focusAreas.map((area, index) => (
              <Select.Option key={area.id} value={area.id}>
                {`${index + 1}. ${area.title}`}
              </Select.Option>
            ))}
          </Select>
          {errors.focusArea && <ValidationMessage>{errors.focusArea}</ValidationMessage>}
        </Field>
        <Field>
          <Label>{t('workshop.convert.owner')}</Label>
          <Select value={owner} onChange={(event) => setOwner(event.target.value)}>
            <Select.Option value="">{t('workshop.convert.ownerOpen')}</Select.Option>
            {units.map((unit) => (
              <Select.Option key={unit.id} value={unit.id}>
                {unit.name}
              </Select.Option>
            ))}
            <Select.Option value={NEW_UNIT}>{t('workshop.convert.newUnit')}</Select.Option>
          </Select>
        </Field>
        {owner === NEW_UNIT && (
          <Textfield
            label={t('workshop.convert.unitName')}
            value={unitName}
            maxLength={500}
            error={errors.unitName}
            onChange={(event) => setUnitName(event.target.value)}
          />
        )}
        <Textfield
          label={t('workshop.convert.deadline')}
          inputMode="decimal"
          autoComplete="off"
          description={t('workshop.convert.deadlineHint', {
            from: plan.period.fromYear,
            to: plan.period.toYear,
          })}
          value={deadline}
          error={errors.deadline}
          onChange={(event) => setDeadline(event.target.value)}
        />
        <Paragraph data-size="sm">{t('workshop.convert.openHint')}</Paragraph>
        <div className="ph-actions">
          <Button type="submit">{t('workshop.convert.submit')}</Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('workshop.convert.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
