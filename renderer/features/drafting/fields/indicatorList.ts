import { newId } from '../../../../core/ids';
import type { Indicator } from '../../../../core/schema/common';

/** Pure edits of an indicator list (of a goal or a measure); the owner's schema validates the result. */
export function withNewIndicator(list: readonly Indicator[], name: string): Indicator[] {
  return [...list, { id: newId(), name: name.trim(), unit: '', baseline: '', target: '', source: '' }];
}

export function withIndicatorChanged(
  list: readonly Indicator[],
  id: string,
  changes: Partial<Omit<Indicator, 'id'>>,
): Indicator[] {
  return list.map((i) => (i.id === id ? { ...i, ...changes } : i));
}

export function withoutIndicator(list: readonly Indicator[], id: string): Indicator[] {
  return list.filter((i) => i.id !== id);
}
