import { Button, Card, Heading, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FocusArea } from '../../../core/schema/focusArea';
import { useNotices } from '../../components/Notices';
import type { FocusAreaActions } from './useFocusAreaActions';

interface FocusAreaItemProps {
  area: FocusArea;
  number: number;
  total: number;
  measureCount: number;
  readOnly: boolean;
  actions: FocusAreaActions;
}

export function FocusAreaItem({ area, number, total, measureCount, readOnly, actions }: FocusAreaItemProps) {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const [editing, setEditing] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const headingId = `focus-area-${area.id}`;
  // Visible text first, then which area: the accessible name contains the label people see (WCAG 2.5.3).
  const named = (label: string) => `${label}: ${area.title}`;
  const isFirst = number === 1;
  const isLast = number === total;

  const remove = () => {
    if (measureCount > 0) {
      setBlocked(true);
      announce(t('overview.focusAreas.hasMeasures', { count: measureCount }));
      return;
    }
    actions.remove(area.id);
  };

  return (
    <li className="ph-area">
      <Card data-color="neutral" className="ph-area__card">
        <div className="ph-area__head">
          <Heading level={3} data-size="xs" id={headingId}>
            <span className="ph-area__number">{number}</span> {area.title}
          </Heading>
          <Paragraph className="ph-muted ph-area__count">
            {t('overview.focusAreas.measureCount', { count: measureCount })}
          </Paragraph>
        </div>
        {!readOnly && editing && (
          <RenameForm
            area={area}
            number={number}
            onSave={(title) => {
              if (actions.rename(area.id, title)) setEditing(false);
            }}
            onCancel={() => {
              setEditing(false);
              actions.focusDone();
              requestAnimationFrame(() =>
                document.querySelector<HTMLElement>(`[data-focus-key="${area.id}:rename"]`)?.focus(),
              );
            }}
          />
        )}
        {!readOnly && !editing && (
          <div className="ph-actions">
            <Button
              variant="secondary"
              data-size="sm"
              data-focus-key={`${area.id}:rename`}
              aria-label={named(t('overview.focusAreas.rename'))}
              onClick={() => setEditing(true)}
            >
              {t('overview.focusAreas.rename')}
            </Button>
            <Button
              variant="tertiary"
              data-size="sm"
              data-focus-key={`${area.id}:up`}
              aria-label={named(t('overview.focusAreas.moveUp'))}
              aria-disabled={isFirst || undefined}
              onClick={() => !isFirst && actions.move(area.id, -1)}
            >
              {t('overview.focusAreas.moveUp')}
            </Button>
            <Button
              variant="tertiary"
              data-size="sm"
              data-focus-key={`${area.id}:down`}
              aria-label={named(t('overview.focusAreas.moveDown'))}
              aria-disabled={isLast || undefined}
              onClick={() => !isLast && actions.move(area.id, 1)}
            >
              {t('overview.focusAreas.moveDown')}
            </Button>
            <Button
              variant="tertiary"
              data-size="sm"
              data-color="danger"
              aria-label={named(t('overview.focusAreas.remove'))}
              aria-describedby={blocked ? `${headingId}-blocked` : undefined}
              onClick={remove}
            >
              {t('overview.focusAreas.remove')}
            </Button>
          </div>
        )}
        {blocked && measureCount > 0 && (
          <ValidationMessage id={`${headingId}-blocked`}>
            {t('overview.focusAreas.hasMeasures', { count: measureCount })}
          </ValidationMessage>
        )}
      </Card>
    </li>
  );
}

interface RenameFormProps {
  area: FocusArea;
  number: number;
  onSave(title: string): void;
  onCancel(): void;
}

function RenameForm({ area, number, onSave, onCancel }: RenameFormProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(area.title);
  const [error, setError] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (!trimmed) {
      setError(true);
      input.current?.focus();
      return;
    }
    if (trimmed === area.title) onCancel();
    else onSave(trimmed);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <form className="ph-rename" onSubmit={submit} onKeyDown={onKeyDown}>
      <Textfield
        label={t('overview.focusAreas.newName', { number })}
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
      <div className="ph-actions">
        <Button type="submit" data-size="sm">
          {t('overview.focusAreas.save')}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={onCancel}>
          {t('overview.focusAreas.cancel')}
        </Button>
      </div>
    </form>
  );
}
