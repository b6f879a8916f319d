import { Button, Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../core/ids';
import type { Milestone } from '../../../../core/schema/measure';
import { AddItemRow } from '../fields/AddItemRow';
import { CommitTextfield } from '../fields/CommitTextfield';
import { useChecks } from '../fields/useChecks';
import { optionalDate, required } from '../fields/validators';
import { withContext } from '../fields/withContext';

interface Props {
  owner: string;
  milestones: readonly Milestone[];
  onChange(next: Milestone[]): string | null;
  readOnly: boolean;
  addPlace?: string;
}

/** Milestones (delmål) of a measure: what, by when, done or not. */
export function MilestonesEditor({ owner, milestones, onChange, readOnly, addPlace }: Props) {
  const { t } = useTranslation();
  const checks = useChecks();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const change = (id: string, changes: Partial<Milestone>) =>
    onChange(milestones.map((m) => (m.id === id ? { ...m, ...changes } : m)));

  const add = () => {
    if (!title.trim()) {
      setError(t('drafting.milestones.titleRequired'));
      input.current?.focus();
      return;
    }
    const problem = onChange([...milestones, { id: newId(), title: title.trim(), done: false }]);
    if (problem) {
      setError(problem);
      return;
    }
    setTitle('');
    setError(null);
    input.current?.focus();
  };

  return (
    <Fieldset data-size="sm" className="ph-subform">
      <Fieldset.Legend>{t('drafting.milestones.legend')}</Fieldset.Legend>
      <Fieldset.Description>{t('drafting.milestones.hint')}</Fieldset.Description>
      {milestones.length > 0 && (
        <ol className="ph-rows">
          {milestones.map((m, index) => (
            <li key={m.id} className="ph-rows__item">
              <div className="ph-form__row ph-form__row--end">
                <CommitTextfield
                  data-size="sm"
                  className="ph-grow-2"
                  label={t('drafting.milestones.title')}
                  context={t('drafting.milestones.titleContext', { number: index + 1, owner })}
                  value={m.title}
                  readOnly={readOnly}
                  validate={checks(required)}
                  onCommit={(v) => change(m.id, { title: v.trim() })}
                />
                <CommitTextfield
                  data-size="sm"
                  label={t('drafting.milestones.date')}
                  context={t('drafting.milestones.dateContext', { number: index + 1, owner })}
                  type="date"
                  value={m.date ?? ''}
                  readOnly={readOnly}
                  validate={checks(optionalDate)}
                  onCommit={(v) => change(m.id, { date: v.trim() || undefined })}
                />
                <Checkbox
                  data-size="sm"
                  label={withContext(
                    t('drafting.milestones.done'),
                    t('drafting.milestones.doneContext', { number: index + 1, owner }),
                  )}
                  checked={m.done}
                  readOnly={readOnly}
                  onChange={(e) => !readOnly && change(m.id, { done: e.target.checked })}
                />
                {!readOnly && (
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    data-color="danger"
                    aria-label={t('drafting.milestones.removeLabel', { title: m.title })}
                    onClick={() => onChange(milestones.filter((x) => x.id !== m.id))}
                  >
                    {t('drafting.remove')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {!readOnly && (
        <AddItemRow
          label={withContext(
            t('drafting.milestones.newTitle'),
            t('drafting.milestones.newTitleFor', { owner }),
          )}
          value={title}
          error={error}
          place={addPlace}
          buttonLabel={t('drafting.milestones.add')}
          inputRef={input}
          onChange={(next) => {
            setTitle(next);
            setError(null);
          }}
          onAdd={add}
        />
      )}
    </Fieldset>
  );
}
