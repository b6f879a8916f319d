import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function AddFocusAreaForm({ onAdd }: { onAdd(title: string): boolean }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [error, setError] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError(true);
      input.current?.focus();
      return;
    }
    if (onAdd(trimmed)) setTitle('');
    input.current?.focus();
  };
  return (
    <form className="ph-add-area" onSubmit={submit} aria-labelledby="add-area-heading" noValidate>
      <Heading level={3} data-size="2xs" id="add-area-heading">
        {t('overview.focusAreas.addHeading')}
      </Heading>
      <div className="ph-add-area__row">
        <Textfield
          className="ph-add-area__field"
          label={t('overview.focusAreas.addLabel')}
          description={t('overview.focusAreas.addHint')}
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            setError(false);
          }}
          error={error ? t('overview.focusAreas.nameRequired') : undefined}
          ref={(element) => {
            input.current = element as HTMLInputElement | null;
          }}
        />
        <Button type="submit" variant="primary">
          {t('overview.focusAreas.add')}
        </Button>
      </div>
    </form>
  );
}
