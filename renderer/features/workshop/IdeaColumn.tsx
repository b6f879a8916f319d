import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { type DragEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface IdeaColumnProps {
  /** `''` is the column of ideas in no group. */
  group: string;
  count: number;
  readOnly: boolean;
  onDropIdeas(event: DragEvent<HTMLElement>): void;
  onRename(to: string): boolean;
  children: ReactNode;
}

/** One group on the board: its name (renamable), its ideas, and a place to drop dragged ideas. */
export function IdeaColumn({ group, count, readOnly, onDropIdeas, onRename, children }: IdeaColumnProps) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(group);
  const [over, setOver] = useState(false);
  const title = group || t('workshop.board.noGroup');
  return (
    <section
      className="ph-idea-column"
      data-group={group}
      aria-label={t('workshop.board.columnLabel', { group: title, count })}
      data-drop-over={over || undefined}
      onDragOver={(event) => {
        if (readOnly) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        setOver(false);
        onDropIdeas(event);
      }}
    >
      <div className="ph-idea-column__head">
        {renaming ? (
          <form
            className="ph-idea-column__rename"
            onSubmit={(event) => {
              event.preventDefault();
              if (onRename(name)) setRenaming(false);
            }}
          >
            <Textfield
              label={t('workshop.board.renameLabel', { group })}
              value={name}
              autoFocus
              onChange={(event) => setName(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setRenaming(false);
              }}
            />
            <Button type="submit" data-size="sm">
              {t('workshop.board.save')}
            </Button>
          </form>
        ) : (
          <>
            <Heading level={3} data-size="xs">
              {title} <span className="ph-idea-column__count">({count})</span>
            </Heading>
            {group && !readOnly && (
              <Button
                variant="tertiary"
                data-size="sm"
                onClick={() => {
                  setName(group);
                  setRenaming(true);
                }}
                aria-label={t('workshop.board.renameButtonLabel', { group })}
              >
                {t('workshop.board.rename')}
              </Button>
            )}
          </>
        )}
      </div>
      <ul className="ph-idea-column__list">{children}</ul>
    </section>
  );
}
