import { Button, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../core/ids';
import { op } from '../../../../core/operations/registry';
import { measureNumbers } from '../../../../core/plan/numbering';
import type { FocusArea } from '../../../../core/schema/focusArea';
import { useNotices } from '../../../components/Notices';
import { useOpenPlan } from '../../document/DocumentContext';
import { fieldKeys } from '../fieldKeys';

interface Props {
  area: FocusArea;
  onAdded(measureId: string, focusField: string): void;
  onCatalogue(): void;
}

/** «Write a new measure» in a focus area (a title is enough to start), or open the catalogue for it. */
export function AddMeasureForm({ area, onAdded, onCatalogue }: Props) {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError(t('drafting.measures.titleRequired'));
      input.current?.focus();
      return;
    }
    const id = newId();
    const next = doc.apply(op('measure.add', { id, focusAreaId: area.id, title: trimmed }));
    if (!next) return;
    const number = measureNumbers(next).get(id) ?? '';
    announce(t('drafting.measures.added', { number, title: trimmed }));
    setTitle('');
    setError(null);
    // Next the measure needs its one owner: go there.
    onAdded(id, fieldKeys.measure(id, 'leadOwnerUnitId'));
  };

  return (
    <div className="ph-add-measure">
      <form className="ph-form__row ph-form__row--end" onSubmit={submit} noValidate>
        <Textfield
          className="ph-grow"
          label={t('drafting.measures.newTitle', { area: area.title })}
          description={t('drafting.measures.newTitleHint')}
          value={title}
          error={error ?? undefined}
          data-place={fieldKeys.addMeasure(area.id)}
          onChange={(e) => {
            setTitle(e.target.value);
            setError(null);
          }}
          ref={(el) => {
            input.current = el as HTMLInputElement | null;
          }}
        />
        <Button type="submit" variant="secondary">
          {t('drafting.measures.add')}
        </Button>
        <Button
          type="button"
          variant="tertiary"
          aria-label={t('drafting.measures.catalogueForLabel', { area: area.title })}
          onClick={onCatalogue}
        >
          {t('drafting.measures.catalogueFor')}
        </Button>
      </form>
    </div>
  );
}
