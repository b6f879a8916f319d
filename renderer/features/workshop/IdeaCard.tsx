import { Button, Checkbox, Tag, Textfield } from '@digdir/designsystemet-react';
import { type DragEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopIdea } from '../../../core/schema/plan';
import { ideaCards } from './focusIdea';

export interface IdeaCardProps {
  idea: WorkshopIdea;
  /** The number of the measure the idea became, if it did and that measure still exists. */
  measureNumber: string | null;
  selected: boolean;
  readOnly: boolean;
  keyHelpId: string;
  onToggleSelected(): void;
  onVote(): void;
  onUnvote(): void;
  onConvert(): void;
  onEdit(text: string): boolean;
  onRemove(): void;
  /** Alt+← / Alt+→: to the previous or next group column. */
  onMoveGroup(direction: -1 | 1): void;
  /** G: put the selected ideas (this one if none) in a group, in the group field. */
  onStartGrouping(): void;
  onDragStart(event: DragEvent<HTMLElement>): void;
}

export function IdeaCard(props: IdeaCardProps) {
  const { t } = useTranslation();
  const { idea, measureNumber, selected, readOnly } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(idea.text);
  const card = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    if (editing) field.current?.focus();
  }, [editing]);

  const startEditing = () => {
    setDraft(idea.text);
    setEditing(true);
  };
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => card.current?.focus());
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey) return;
    const key = event.key;
    if (event.altKey) {
      if (key === 'ArrowLeft' || key === 'ArrowRight') {
        event.preventDefault();
        if (!readOnly) props.onMoveGroup(key === 'ArrowLeft' ? -1 : 1);
      }
      return;
    }
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      const cards = ideaCards();
      const index = cards.indexOf(event.currentTarget);
      cards[index + (key === 'ArrowDown' ? 1 : -1)]?.focus();
      return;
    }
    if (key === ' ') {
      event.preventDefault();
      props.onToggleSelected();
      return;
    }
    if (readOnly) return;
    const lower = key.toLowerCase();
    const actions: Record<string, () => void> = {
      '+': props.onVote,
      '=': props.onVote,
      '-': () => {
        if (idea.votes > 0) props.onUnvote();
      },
      g: props.onStartGrouping,
      e: startEditing,
      f2: startEditing,
      delete: props.onRemove,
      ...(measureNumber === null ? { t: props.onConvert } : {}),
    };
    const action = actions[lower];
    if (action) {
      event.preventDefault();
      action();
    }
  };

  const saveEdit = () => {
    if (draft.trim() === idea.text || props.onEdit(draft)) stopEditing();
  };

  const votes = t('workshop.board.voteCount', { count: idea.votes });
  return (
    // The card itself takes focus so the group can work the board from the keyboard (see aria-keyshortcuts);
    // every shortcut is also a button inside it.
    // biome-ignore lint/a11y/useSemanticElements: a card of controls, not a form fieldset
    <div
      ref={card}
      className="ph-idea"
      data-idea-id={idea.id}
      data-selected={selected || undefined}
      data-converted={measureNumber !== null || undefined}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the card is the target of its keyboard shortcuts
      tabIndex={0}
      role="group"
      aria-label={`${idea.text}. ${votes}.${measureNumber ? ` ${t('workshop.board.becameMeasure', { number: measureNumber })}.` : ''}`}
      aria-describedby={props.keyHelpId}
      aria-keyshortcuts="+ - Space G T E Delete Alt+ArrowLeft Alt+ArrowRight"
      draggable={!readOnly && !editing}
      onDragStart={props.onDragStart}
      onKeyDown={onKeyDown}
    >
      <div className="ph-idea__top">
        <Checkbox
          aria-label={t('workshop.board.select', { text: idea.text })}
          checked={selected}
          onChange={props.onToggleSelected}
          className="ph-idea__select"
        />
        {editing ? (
          <form
            className="ph-idea__edit"
            onSubmit={(event) => {
              event.preventDefault();
              saveEdit();
            }}
          >
            <Textfield
              label={t('workshop.board.editLabel')}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  stopEditing();
                }
              }}
              ref={(element) => {
                field.current = element as HTMLInputElement | null;
              }}
            />
            <div className="ph-idea__actions">
              <Button type="submit" data-size="sm">
                {t('workshop.board.save')}
              </Button>
              <Button type="button" variant="tertiary" data-size="sm" onClick={stopEditing}>
                {t('workshop.board.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <p className="ph-idea__text">{idea.text}</p>
        )}
      </div>
      {!editing && (
        <>
          <div className="ph-idea__votes">
            <span className="ph-idea__dots" aria-hidden="true">
              {'●'.repeat(Math.min(idea.votes, 12))}
              {idea.votes > 12 ? '+' : ''}
            </span>
            <span className="ph-idea__count">{votes}</span>
            {!readOnly && (
              <span className="ph-idea__vote-buttons">
                <Button
                  variant="secondary"
                  data-size="sm"
                  icon
                  aria-label={t('workshop.board.unvote', { text: idea.text })}
                  onClick={() => {
                    if (idea.votes > 0) props.onUnvote();
                  }}
                  aria-disabled={idea.votes === 0 || undefined}
                >
                  −
                </Button>
                <Button
                  variant="secondary"
                  data-size="sm"
                  icon
                  aria-label={t('workshop.board.vote', { text: idea.text })}
                  onClick={props.onVote}
                >
                  +
                </Button>
              </span>
            )}
          </div>
          <div className="ph-idea__actions">
            {measureNumber !== null ? (
              <Tag data-color="success">{t('workshop.board.becameMeasure', { number: measureNumber })}</Tag>
            ) : (
              !readOnly && (
                <Button
                  data-size="sm"
                  onClick={props.onConvert}
                  aria-label={t('workshop.board.convertLabel', { text: idea.text })}
                >
                  {t('workshop.board.convert')}
                </Button>
              )
            )}
            {!readOnly && (
              <>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={startEditing}
                  aria-label={t('workshop.board.editButtonLabel', { text: idea.text })}
                >
                  {t('workshop.board.edit')}
                </Button>
                <Button
                  variant="tertiary"
                  data-size="sm"
                  data-color="danger"
                  onClick={props.onRemove}
                  aria-label={t('workshop.board.removeLabel', { text: idea.text })}
                >
                  {t('workshop.board.remove')}
                </Button>
              </>
            )}
          </div>
        </>
      )}
    </div>
  );
}
