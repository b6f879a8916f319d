import { Button, Input, Select } from '@digdir/designsystemet-react';
import { type DragEvent, type KeyboardEvent, memo, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTypedDate, parseTypedDate } from '../../../core/dates/typedDate';
import { STATUS_LABELS, STATUS_TRAFFIC_LIGHT } from '../../../core/labels/domainLabels';
import type { Measure } from '../../../core/schema/measure';
import type { StatusOrMissing } from '../../../core/status/summary';
import { uiLanguage } from '../drafting/uiLanguage';

export interface RowActions {
  rename(id: string, title: string): string | null;
  setOwner(id: string, unitId: string | undefined): void;
  setDeadline(id: string, deadline: string | undefined): string | null;
  move(id: string, direction: -1 | 1): void;
  /** Drop of the measure `draggedId` on this row's place. */
  drop(draggedId: string, targetId: string): void;
}

interface Props {
  measure: Measure;
  number: string;
  focusAreaTitle: string;
  status: StatusOrMissing;
  overdue: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  reorder: boolean;
  readOnly: boolean;
  /** `<option>`s of the plan's units, built once for all rows. */
  ownerOptions: ReactNode;
  actions: RowActions;
}

const DRAG_TYPE = 'application/x-planhjulet-measure';

/**
 * One measure in the table. Memoised, and its cells keep what is being typed to themselves, so typing in one
 * row re-renders that cell only, and a saved change re-renders that row only.
 */
export const MeasureTableRow = memo(function MeasureTableRow({
  measure,
  number,
  focusAreaTitle,
  status,
  overdue,
  canMoveUp,
  canMoveDown,
  reorder,
  readOnly,
  ownerOptions,
  actions,
}: Props) {
  const { t, i18n } = useTranslation();
  const language = uiLanguage(i18n.language);
  const id = measure.id;

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (!reorder || readOnly || !event.altKey) return;
    if (event.target instanceof HTMLSelectElement) return;
    if (event.key === 'ArrowUp' && canMoveUp) {
      event.preventDefault();
      actions.move(id, -1);
    } else if (event.key === 'ArrowDown' && canMoveDown) {
      event.preventDefault();
      actions.move(id, 1);
    }
  };

  const dragProps =
    reorder && !readOnly
      ? {
          onDragOver: (event: DragEvent<HTMLTableRowElement>) => {
            if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
            event.preventDefault();
            event.currentTarget.dataset.dropTarget = 'true';
          },
          onDragLeave: (event: DragEvent<HTMLTableRowElement>) => {
            delete event.currentTarget.dataset.dropTarget;
          },
          onDrop: (event: DragEvent<HTMLTableRowElement>) => {
            delete event.currentTarget.dataset.dropTarget;
            const dragged = event.dataTransfer.getData(DRAG_TYPE);
            if (!dragged || dragged === id) return;
            event.preventDefault();
            actions.drop(dragged, id);
          },
        }
      : {};

  return (
    <tr data-measure-row={id} data-overdue={overdue || undefined} onKeyDown={onKeyDown} {...dragProps}>
      <td className="ph-mt__move">
        {reorder && !readOnly && (
          <div className="ph-mt__move-inner">
            <span
              className="ph-mt__handle"
              draggable
              title={t('measures.dragHint')}
              aria-hidden="true"
              onDragStart={(event) => {
                event.dataTransfer.setData(DRAG_TYPE, id);
                event.dataTransfer.effectAllowed = 'move';
              }}
            >
              ⋮⋮
            </span>
            <Button
              variant="tertiary"
              data-size="sm"
              icon
              data-focus-key={`${id}:up`}
              aria-label={t('measures.moveUp', { number })}
              aria-disabled={!canMoveUp || undefined}
              onClick={() => canMoveUp && actions.move(id, -1)}
            >
              <span aria-hidden="true">↑</span>
            </Button>
            <Button
              variant="tertiary"
              data-size="sm"
              icon
              data-focus-key={`${id}:down`}
              aria-label={t('measures.moveDown', { number })}
              aria-disabled={!canMoveDown || undefined}
              onClick={() => canMoveDown && actions.move(id, 1)}
            >
              <span aria-hidden="true">↓</span>
            </Button>
          </div>
        )}
      </td>
      <th scope="row" className="ph-mt__number">
        {number}
      </th>
      <td className="ph-mt__title">
        <TitleCell
          id={id}
          number={number}
          title={measure.title}
          readOnly={readOnly}
          onCommit={actions.rename}
        />
      </td>
      <td className="ph-mt__area">{focusAreaTitle}</td>
      <td className="ph-mt__owner">
        <Select
          data-size="sm"
          aria-label={t('measures.ownerOf', { number })}
          value={measure.leadOwnerUnitId ?? ''}
          readOnly={readOnly}
          data-focus-key={`${id}:owner`}
          aria-invalid={measure.leadOwnerUnitId === undefined || undefined}
          onChange={(event) => actions.setOwner(id, event.target.value || undefined)}
        >
          <Select.Option value="">{t('measures.noOwner')}</Select.Option>
          {ownerOptions}
        </Select>
      </td>
      <td className="ph-mt__deadline">
        <DeadlineCell
          id={id}
          number={number}
          deadline={measure.deadline}
          period={measure.period}
          overdue={overdue}
          readOnly={readOnly}
          onCommit={actions.setDeadline}
        />
      </td>
      <td className="ph-mt__status">
        <span className="ph-status" data-light={STATUS_TRAFFIC_LIGHT[status]}>
          {STATUS_LABELS[status][language]}
        </span>
      </td>
    </tr>
  );
});

function TitleCell({
  id,
  number,
  title,
  readOnly,
  onCommit,
}: {
  id: string;
  number: string;
  title: string;
  readOnly: boolean;
  onCommit(id: string, title: string): string | null;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft === null || draft === title) {
      setDraft(null);
      return;
    }
    const problem = draft.trim() === '' ? t('measures.titleRequired') : onCommit(id, draft.trim());
    if (problem) {
      setError(problem);
      return;
    }
    setDraft(null);
    setError(null);
  };
  const errorId = `${id}-title-error`;
  return (
    <>
      <Input
        data-size="sm"
        aria-label={t('measures.titleOf', { number })}
        value={draft ?? title}
        readOnly={readOnly}
        data-focus-key={`${id}:title`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          } else if (event.key === 'Escape') {
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error && (
        <span id={errorId} className="ph-mt__error">
          {error}
        </span>
      )}
    </>
  );
}

function DeadlineCell({
  id,
  number,
  deadline,
  period,
  overdue,
  readOnly,
  onCommit,
}: {
  id: string;
  number: string;
  deadline: string | undefined;
  period: Measure['period'];
  overdue: boolean;
  readOnly: boolean;
  onCommit(id: string, deadline: string | undefined): string | null;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Shown and typed as dd.mm.åååå whatever the browser's language; saved as an ISO date.
  const saved = formatTypedDate(deadline ?? '');
  const commit = () => {
    if (draft === null || draft === saved) {
      setDraft(null);
      return;
    }
    const typed = parseTypedDate(draft);
    if (!typed.ok) {
      setError(t('dates.invalid'));
      return;
    }
    const problem = onCommit(id, typed.iso === '' ? undefined : typed.iso);
    if (problem) {
      setError(problem);
      return;
    }
    setDraft(null);
    setError(null);
  };
  const noteId = `${id}-deadline-note`;
  const periodText = period
    ? period.from === period.to
      ? String(period.from)
      : `${period.from}–${period.to}`
    : '';
  const notes = [
    periodText && t('measures.periodNote', { period: periodText }),
    overdue && t('measures.overdue'),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="ph-mt__deadline-inner">
      <Input
        data-size="sm"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        size={10}
        aria-label={t('measures.deadlineOf', { number })}
        placeholder={t('dates.format')}
        value={draft ?? saved}
        readOnly={readOnly}
        data-focus-key={`${id}:deadline`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error || notes ? noteId : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          setError(null);
        }}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
      {(error || notes) && (
        <span id={noteId} className={error ? 'ph-mt__error' : 'ph-mt__note'}>
          {error ?? notes}
        </span>
      )}
    </div>
  );
}
