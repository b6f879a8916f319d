import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { op } from '../../../core/operations/registry';
import { useNotices } from '../../components/Notices';
import type { PlanDocument } from '../document/usePlanDocument';

/** Where keyboard focus goes after a change, so it does not fall back to the top of the page. */
export type FocusTarget = { focusAreaId: string; control: 'up' | 'down' | 'rename' } | { control: 'heading' };

export interface FocusAreaActions {
  focusTarget: FocusTarget | null;
  focusDone(): void;
  add(title: string): boolean;
  rename(id: string, title: string): boolean;
  move(id: string, direction: -1 | 1): void;
  remove(id: string): void;
}

export function useFocusAreaActions(document: PlanDocument): FocusAreaActions {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const { apply, plan } = document;

  const add = useCallback(
    (title: string) => {
      const next = apply(op('focusArea.add', { title }));
      if (next) announce(t('overview.focusAreas.added', { title, number: next.focusAreas.length }));
      return next !== null;
    },
    [announce, apply, t],
  );

  const rename = useCallback(
    (id: string, title: string) => {
      const next = apply(op('focusArea.update', { id: id, changes: { title } }));
      if (next) {
        announce(t('overview.focusAreas.renamed', { title }));
        setFocusTarget({ focusAreaId: id, control: 'rename' });
      }
      return next !== null;
    },
    [announce, apply, t],
  );

  const move = useCallback(
    (id: string, direction: -1 | 1) => {
      const index = plan.focusAreas.findIndex((f) => f.id === id);
      const to = index + direction;
      if (index < 0 || to < 0 || to >= plan.focusAreas.length) return;
      const next = apply(op('focusArea.move', { id: id, toIndex: to }));
      if (!next) return;
      const title = plan.focusAreas[index]?.title ?? '';
      announce(t('overview.focusAreas.moved', { title, number: to + 1 }));
      // The list re-renders in the new order; focus follows the button that was pressed.
      setFocusTarget({ focusAreaId: id, control: direction < 0 ? 'up' : 'down' });
    },
    [announce, apply, plan.focusAreas, t],
  );

  const remove = useCallback(
    (id: string) => {
      const title = plan.focusAreas.find((f) => f.id === id)?.title ?? '';
      if (apply(op('focusArea.remove', { id: id }))) {
        announce(t('overview.focusAreas.removed', { title }));
        setFocusTarget({ control: 'heading' });
      }
    },
    [announce, apply, plan.focusAreas, t],
  );

  const focusDone = useCallback(() => setFocusTarget(null), []);

  return { focusTarget, focusDone, add, rename, move, remove };
}
