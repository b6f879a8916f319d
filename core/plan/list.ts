import { message } from '../messages/message';
import { PlanOperationError } from './errors';
import type { NotFoundKind } from './messages';

/** Moves the item with `id` to `toIndex` (clamped); returns a new array. */
export function moveItem<T extends { id: string }>(items: readonly T[], id: string, toIndex: number): T[] {
  const from = items.findIndex((item) => item.id === id);
  if (from < 0) throw new PlanOperationError(message('plan.not-found.item-to-move'));
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(Math.max(0, Math.min(toIndex, next.length)), 0, item as T);
  return next;
}

export function replaceItem<T extends { id: string }>(
  items: readonly T[],
  id: string,
  change: (item: T) => T,
  what: NotFoundKind,
): T[] {
  let found = false;
  const next = items.map((item) => {
    if (item.id !== id) return item;
    found = true;
    return change(item);
  });
  if (!found) throw new PlanOperationError(message(`plan.not-found.${what}`));
  return next;
}
