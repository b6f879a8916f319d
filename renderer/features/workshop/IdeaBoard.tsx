import { Button, Heading, Paragraph, Switch, Textfield } from '@digdir/designsystemet-react';
import { type DragEvent, type FormEvent, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measureNumbers } from '../../../core/plan/numbering';
import type { WorkshopIdea } from '../../../core/schema/plan';
import { ideaGroups, ideasOnBoard, measureOfIdea } from '../../../core/workshop/ideas';
import type { PlanDocument } from '../document/usePlanDocument';
import { ConvertIdeaDialog } from './ConvertIdeaDialog';
import { focusIdeaSoon } from './focusIdea';
import { IdeaCard } from './IdeaCard';
import { IdeaColumn } from './IdeaColumn';
import { useIdeaActions } from './useIdeaActions';

const DRAG_TYPE = 'application/x-planhjulet-ideas';
const LOOSE = '__loose';

/** The idea board of one focus area at a time: fast capture, groups, dots, and one step to a measure. */
export function IdeaBoard({ document: doc }: { document: PlanDocument }) {
  const { t } = useTranslation();
  const { plan, readOnly } = doc;
  const actions = useIdeaActions(doc);
  const keyHelpId = useId();
  const [boardId, setBoardId] = useState<string>(() => plan.focusAreas[0]?.id ?? LOOSE);
  const [text, setText] = useState('');
  const [textError, setTextError] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [groupName, setGroupName] = useState('');
  const [byVotes, setByVotes] = useState(false);
  const [converting, setConverting] = useState<WorkshopIdea | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const groupField = useRef<HTMLInputElement | null>(null);

  const hasLoose = plan.workshopIdeas.some((i) => i.focusAreaId === undefined);
  const boards = [
    ...plan.focusAreas.map((f, index) => ({ id: f.id, title: `${index + 1}. ${f.title}` })),
    ...(hasLoose || plan.focusAreas.length === 0
      ? [{ id: LOOSE, title: t('workshop.board.looseBoard') }]
      : []),
  ];
  const current = boards.some((b) => b.id === boardId) ? boardId : (boards[0]?.id ?? LOOSE);
  const currentTitle = boards.find((b) => b.id === current)?.title ?? '';
  const boardFocusAreaId = current === LOOSE ? undefined : current;
  const ideas = ideasOnBoard(plan, boardFocusAreaId);
  const groups = ['', ...ideaGroups(plan, boardFocusAreaId)];
  const numbers = useMemo(() => measureNumbers(plan), [plan]);
  const selectedHere = ideas.filter((i) => selected.has(i.id)).map((i) => i.id);

  const measureNumberOf = (idea: WorkshopIdea) => {
    const measure = measureOfIdea(plan, idea);
    return measure ? (numbers.get(measure.id) ?? '') : null;
  };

  const inGroup = (group: string) => {
    const list = ideas.filter((i) => i.group === group);
    return byVotes ? [...list].sort((a, b) => b.votes - a.votes) : list;
  };

  const switchBoard = (id: string) => {
    setBoardId(id);
    setSelected(new Set());
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setTextError(true);
      input.current?.focus();
      return;
    }
    if (actions.add(text, boardFocusAreaId)) setText('');
    input.current?.focus();
  };

  const toggle = (id: string) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const moveSelected = (name: string) => {
    const ids = selectedHere;
    if (ids.length === 0) return;
    if (actions.group(ids, name)) {
      setSelected(new Set());
      setGroupName('');
      focusIdeaSoon(ids[0] ?? null);
    }
  };

  const moveToNeighbour = (idea: WorkshopIdea, direction: -1 | 1) => {
    const index = groups.indexOf(idea.group);
    const target = groups[index + direction];
    if (target === undefined) return;
    if (actions.group([idea.id], target)) focusIdeaSoon(idea.id);
  };

  const startGrouping = (idea: WorkshopIdea) => {
    if (!selected.has(idea.id) && selectedHere.length === 0) setSelected(new Set([idea.id]));
    groupField.current?.focus();
  };

  const remove = (idea: WorkshopIdea) => {
    const cards = ideas.map((i) => i.id);
    const next = cards[cards.indexOf(idea.id) + 1] ?? cards[cards.indexOf(idea.id) - 1] ?? null;
    if (actions.remove(idea.id)) focusIdeaSoon(next, () => input.current);
  };

  const dragStart = (idea: WorkshopIdea) => (event: DragEvent<HTMLElement>) => {
    const ids = selected.has(idea.id) ? selectedHere : [idea.id];
    event.dataTransfer.setData(DRAG_TYPE, JSON.stringify(ids));
    event.dataTransfer.setData('text/plain', idea.text);
    event.dataTransfer.effectAllowed = 'move';
  };

  const dropInto = (group: string) => (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    let ids: unknown;
    try {
      ids = JSON.parse(event.dataTransfer.getData(DRAG_TYPE) || '[]');
    } catch {
      return;
    }
    if (!Array.isArray(ids)) return;
    const known = ids.filter((id): id is string => typeof id === 'string' && ideas.some((i) => i.id === id));
    if (known.length > 0 && actions.group(known, group)) setSelected(new Set());
  };

  const newGroupName = () => {
    for (let n = groups.length; ; n++) {
      const name = t('workshop.board.newGroupName', { number: n });
      if (!groups.includes(name)) return name;
    }
  };

  return (
    <section className="ph-board" aria-labelledby="board-heading">
      <Heading level={2} data-size="md" id="board-heading">
        {t('workshop.board.heading')}
      </Heading>
      <fieldset className="ph-board__areas">
        <legend className="ds-sr-only">{t('workshop.board.chooseArea')}</legend>
        {boards.map((board) => {
          const count = plan.workshopIdeas.filter((i) => (i.focusAreaId ?? LOOSE) === board.id).length;
          return (
            <Button
              key={board.id}
              variant={board.id === current ? 'primary' : 'secondary'}
              aria-pressed={board.id === current}
              onClick={() => switchBoard(board.id)}
            >
              {board.title} <span className="ph-board__area-count">({count})</span>
            </Button>
          );
        })}
      </fieldset>
      {!readOnly && (
        <form className="ph-board__capture" onSubmit={submit} noValidate>
          <Textfield
            className="ph-board__capture-field"
            label={t('workshop.board.newIdea', { area: currentTitle })}
            description={t('workshop.board.newIdeaHint')}
            value={text}
            autoComplete="off"
            maxLength={500}
            error={textError ? t('workshop.board.ideaRequired') : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setTextError(false);
            }}
            ref={(element) => {
              input.current = element as HTMLInputElement | null;
            }}
          />
          <Button type="submit">{t('workshop.board.add')}</Button>
        </form>
      )}
      <Paragraph id={keyHelpId} className="ph-board__keys" data-size="sm">
        {t('workshop.board.keys')}
      </Paragraph>
      {!readOnly && ideas.length > 0 && (
        <div className="ph-board__tools">
          <form
            className="ph-board__grouping"
            onSubmit={(event) => {
              event.preventDefault();
              moveSelected(groupName);
            }}
          >
            <Textfield
              label={t('workshop.board.groupField', { count: selectedHere.length })}
              value={groupName}
              list="idea-group-names"
              autoComplete="off"
              onChange={(event) => setGroupName(event.target.value)}
              ref={(element) => {
                groupField.current = element as HTMLInputElement | null;
              }}
            />
            <datalist id="idea-group-names">
              {groups.filter(Boolean).map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
            <Button type="submit" variant="secondary" aria-disabled={selectedHere.length === 0 || undefined}>
              {groupName.trim() ? t('workshop.board.moveToGroup') : t('workshop.board.takeOutOfGroup')}
            </Button>
          </form>
          <Switch
            label={t('workshop.board.byVotes')}
            checked={byVotes}
            onChange={(e) => setByVotes(e.target.checked)}
          />
        </div>
      )}
      {ideas.length === 0 ? (
        <Paragraph className="ph-board__empty">{t('workshop.board.empty')}</Paragraph>
      ) : (
        <div className="ph-board__columns">
          {groups.map((group) => {
            const list = inGroup(group);
            if (group === '' && list.length === 0 && groups.length > 1) return null;
            return (
              <IdeaColumn
                key={group || '(none)'}
                group={group}
                count={list.length}
                readOnly={readOnly}
                onDropIdeas={dropInto(group)}
                onRename={(to) => actions.renameGroup(boardFocusAreaId, group, to)}
              >
                {list.map((idea) => (
                  <li key={idea.id}>
                    <IdeaCard
                      idea={idea}
                      measureNumber={measureNumberOf(idea)}
                      selected={selected.has(idea.id)}
                      readOnly={readOnly}
                      keyHelpId={keyHelpId}
                      onToggleSelected={() => toggle(idea.id)}
                      onVote={() => actions.vote(idea.id)}
                      onUnvote={() => actions.unvote(idea.id)}
                      onConvert={() => setConverting(idea)}
                      onEdit={(value) => actions.edit(idea.id, value)}
                      onRemove={() => remove(idea)}
                      onMoveGroup={(direction) => moveToNeighbour(idea, direction)}
                      onStartGrouping={() => startGrouping(idea)}
                      onDragStart={dragStart(idea)}
                    />
                  </li>
                ))}
              </IdeaColumn>
            );
          })}
          {!readOnly && (
            <section
              className="ph-idea-column ph-idea-column--new"
              aria-label={t('workshop.board.dropForNewGroup')}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => dropInto(newGroupName())(event)}
            >
              <Paragraph data-size="sm">{t('workshop.board.dropForNewGroup')}</Paragraph>
            </section>
          )}
        </div>
      )}
      {converting && (
        <ConvertIdeaDialog
          plan={plan}
          idea={converting}
          onCancel={() => {
            const id = converting.id;
            setConverting(null);
            focusIdeaSoon(id);
          }}
          onConvert={(input) => {
            const made = actions.convert(converting.id, input);
            if (made) {
              const id = converting.id;
              setConverting(null);
              focusIdeaSoon(id);
            }
            return made !== null;
          }}
        />
      )}
    </section>
  );
}
