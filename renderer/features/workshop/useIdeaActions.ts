import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { measureNumbers } from '../../../core/plan/numbering';
import type { Measure } from '../../../core/schema/measure';
import {
  addIdea,
  type ConvertIdeaInput,
  convertIdeaToMeasure,
  editIdea,
  groupIdeas,
  removeIdea,
  renameIdeaGroup,
  unvoteIdea,
  voteIdea,
} from '../../../core/workshop/ideas';
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
        const next = apply((p) => addIdea(p, { text, ...(focusAreaId ? { focusAreaId } : {}) }).plan);
        if (next) announce(t('workshop.board.added', { text: text.trim() }));
        return next !== null;
      },
      edit(id, text) {
        const next = apply((p) => editIdea(p, id, text));
        if (next) announce(t('workshop.board.edited'));
        return next !== null;
      },
      remove(id) {
        const next = apply((p) => removeIdea(p, id));
        if (next) announce(t('workshop.board.removed'));
        return next !== null;
      },
      vote(id) {
        const next = apply((p) => voteIdea(p, id));
        if (next) announce(t('workshop.board.votes', { count: votesOf(id, next) }));
      },
      unvote(id) {
        const next = apply((p) => unvoteIdea(p, id));
        if (next) announce(t('workshop.board.votes', { count: votesOf(id, next) }));
      },
      group(ids, name) {
        const next = apply((p) => groupIdeas(p, ids, name));
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
        const next = apply((p) => renameIdeaGroup(p, focusAreaId, from, to));
        if (next) announce(t('workshop.board.groupRenamed', { group: to.trim() }));
        return next !== null;
      },
      convert(id, input) {
        let measure: Measure | null = null;
        const next = apply((p) => {
          const result = convertIdeaToMeasure(p, id, input);
          measure = result.measure;
          return result.plan;
        });
        if (!next || !measure) return null;
        const made: Measure = measure;
        announce(
          t('workshop.convert.done', { title: made.title, number: measureNumbers(next).get(made.id) ?? '' }),
        );
        return made;
      },
    }),
    [announce, apply, t, votesOf],
  );
}
