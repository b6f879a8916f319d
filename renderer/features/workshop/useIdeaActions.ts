import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../core/ids';
import { op } from '../../../core/operations/registry';
import { measureNumbers } from '../../../core/plan/numbering';
import type { Measure } from '../../../core/schema/measure';
import type { ConvertIdeaInput } from '../../../core/workshop/ideas';
import { useNotices } from '../../components/Notices';
import type { PlanDocument } from '../document/usePlanDocument';

export interface IdeaActions {
  add(text: string, focusAreaId: string | undefined): boolean;
  edit(id: string, text: string): boolean;
  remove(id: string): boolean;
  vote(id: string): void;
  unvote(id: string): void;
  group(ids: readonly string[], name: string): boolean;
  renameGroup(focusAreaId: string | undefined, from: string, to: string): boolean;
  convert(id: string, input: ConvertIdeaInput): Measure | null;
}

/** The board's actions: core operations through the document (so they are saved and can be undone), each said out loud. */
export function useIdeaActions(document: PlanDocument): IdeaActions {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const { apply } = document;

  const votesOf = useCallback(
    (id: string, plan: ReturnType<typeof apply>) => plan?.workshopIdeas.find((i) => i.id === id)?.votes ?? 0,
    [],
  );

  return useMemo(
    (): IdeaActions => ({
      add(text, focusAreaId) {
        const next = apply(op('idea.add', { text, ...(focusAreaId ? { focusAreaId } : {}) }));
        if (next) announce(t('workshop.board.added', { text: text.trim() }));
        return next !== null;
      },
      edit(id, text) {
        const next = apply(op('idea.edit', { id, text }));
        if (next) announce(t('workshop.board.edited'));
        return next !== null;
      },
      remove(id) {
        const next = apply(op('idea.remove', { id }));
        if (next) announce(t('workshop.board.removed'));
        return next !== null;
      },
      vote(id) {
        const next = apply(op('idea.vote', { id }));
        if (next) announce(t('workshop.board.votes', { count: votesOf(id, next) }));
      },
      unvote(id) {
        const next = apply(op('idea.unvote', { id }));
        if (next) announce(t('workshop.board.votes', { count: votesOf(id, next) }));
      },
      group(ids, name) {
        const next = apply(op('idea.group', { ids: [...ids], group: name }));
        if (next) {
          announce(
            name.trim()
              ? t('workshop.board.grouped', { count: ids.length, group: name.trim() })
              : t('workshop.board.ungrouped', { count: ids.length }),
          );
        }
        return next !== null;
      },
      renameGroup(focusAreaId, from, to) {
        const next = apply(op('idea.renameGroup', { focusAreaId, from, to }));
        if (next) announce(t('workshop.board.groupRenamed', { group: to.trim() }));
        return next !== null;
      },
      convert(id, input) {
        const measureId = newId();
        const next = apply(op('idea.convert', { id, measureId, ...input }));
        const made = next?.measures.find((m) => m.id === measureId);
        if (!next || !made) return null;
        announce(
          t('workshop.convert.done', { title: made.title, number: measureNumbers(next).get(made.id) ?? '' }),
        );
        return made;
      },
    }),
    [announce, apply, t, votesOf],
  );
}
