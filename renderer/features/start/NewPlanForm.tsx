import { Button, Fieldset, Heading, Radio, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkNewPlan, defaultPeriod, type NewPlanErrors, type NewPlanValues } from './newPlanForm';
import type { PlanOpener } from './usePlanOpener';

const FIELD_ORDER: (keyof NewPlanValues)[] = ['title', 'municipality', 'fromYear', 'toYear'];

type PlanLanguage = 'nb' | 'nn';

export function NewPlanForm({ opener, focusOnMount }: { opener: PlanOpener; focusOnMount: boolean }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<NewPlanValues>(() => {
    const period = defaultPeriod(new Date());
    return {
      title: '',
      municipality: '',
      fromYear: String(period.fromYear),
      toYear: String(period.toYear),
    };
  });
  // Until the user chooses, the title and the plan's written standard follow the UI language.
  const [titleEdited, setTitleEdited] = useState(false);
  const [chosenLanguage, setChosenLanguage] = useState<PlanLanguage | null>(null);
  const planLanguage: PlanLanguage = chosenLanguage ?? (i18n.language === 'nn' ? 'nn' : 'nb');
  const shown: NewPlanValues = titleEdited ? values : { ...values, title: t('start.new.defaultTitle') };
  const [errors, setErrors] = useState<NewPlanErrors>({});
  const fields = useRef<Partial<Record<keyof NewPlanValues, HTMLInputElement | null>>>({});

  useEffect(() => {
    if (focusOnMount) fields.current.title?.focus();
  }, [focusOnMount]);

  const change = (field: keyof NewPlanValues) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    if (field === 'title') setTitleEdited(true);
    setValues((previous) => ({ ...previous, [field]: value }));
    if (errors[field]) setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (opener.busy) return;
    const result = checkNewPlan(shown);
    if (!result.ok) {
      setErrors(result.errors);
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      if (first) fields.current[first]?.focus();
      return;
    }
    setErrors({});
    void opener.create({ ...result.request, language: planLanguage });
  };

  const error = (field: keyof NewPlanValues) => {
    const code = errors[field];
    return code ? t(`start.new.errors.${code}`) : undefined;
  };

  return (
    <section aria-labelledby="new-plan-heading" className="ph-panel ph-start__new">
      <Heading level={2} data-size="sm" id="new-plan-heading">
        {t('start.new.heading')}
      </Heading>
      <form onSubmit={submit} noValidate className="ph-form">
        <Textfield
          label={t('start.new.title')}
          value={shown.title}
          onChange={change('title')}
          error={error('title')}
          required
          ref={(element) => {
            fields.current.title = element as HTMLInputElement | null;
          }}
        />
        <Textfield
          label={t('start.new.municipality')}
          description={t('start.new.municipalityHint')}
          value={values.municipality}
          onChange={change('municipality')}
          error={error('municipality')}
          required
          autoComplete="off"
          ref={(element) => {
            fields.current.municipality = element as HTMLInputElement | null;
          }}
        />
        <Fieldset>
          <Fieldset.Legend>{t('start.new.period')}</Fieldset.Legend>
          <Fieldset.Description>{t('start.new.periodHint')}</Fieldset.Description>
          <div className="ph-form__row">
            <Textfield
              label={t('start.new.fromYear')}
              inputMode="numeric"
              maxLength={4}
              size={6}
              value={values.fromYear}
              onChange={change('fromYear')}
              error={error('fromYear')}
              ref={(element) => {
                fields.current.fromYear = element as HTMLInputElement | null;
              }}
            />
            <Textfield
              label={t('start.new.toYear')}
              inputMode="numeric"
              maxLength={4}
              size={6}
              value={values.toYear}
              onChange={change('toYear')}
              error={error('toYear')}
              ref={(element) => {
                fields.current.toYear = element as HTMLInputElement | null;
              }}
            />
          </div>
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{t('start.new.planLanguage')}</Fieldset.Legend>
          <Fieldset.Description>{t('start.new.planLanguageHint')}</Fieldset.Description>
          <div className="ph-form__row">
            {(['nb', 'nn'] as const).map((value) => (
              <Radio
                key={value}
                name="new-plan-language"
                value={value}
                label={t(`languages.${value}`)}
                checked={planLanguage === value}
                onChange={() => setChosenLanguage(value)}
              />
            ))}
          </div>
        </Fieldset>
        <div>
          <Button type="submit" loading={opener.busy} aria-disabled={opener.busy || undefined}>
            {t('start.new.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
