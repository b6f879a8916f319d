import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/schema/common';
import { isLanguage, LANGUAGES } from '../i18n';

export function LanguagePicker({ onChange }: { onChange: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <Field className="ph-language" data-size="sm">
      <Label htmlFor={id}>{t('layout.language')}</Label>
      <Select
        id={id}
        width="auto"
        value={i18n.language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) onChange(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <Select.Option key={language} value={language} lang={language}>
            {t(`languages.${language}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
