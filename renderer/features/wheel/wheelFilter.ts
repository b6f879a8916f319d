import type { WheelRing } from '../../../core/schema/wheel';
import { RING_ORDER } from '../../../core/wheel/layout';
import type { Occurrence } from '../../../core/wheel/occurrence';

/** `all`, `none` (no owner) or a unit id. */
export type OwnerFilter = string;
export const ALL_OWNERS = 'all';
export const NO_OWNER = 'none';

export interface WheelFilter {
  rings: readonly WheelRing[];
  owner: OwnerFilter;
}

export const SHOW_EVERYTHING: WheelFilter = { rings: RING_ORDER, owner: ALL_OWNERS };

export function matchesFilter(occurrence: Occurrence, filter: WheelFilter): boolean {
  if (!filter.rings.includes(occurrence.ring)) return false;
  if (filter.owner === ALL_OWNERS) return true;
  if (filter.owner === NO_OWNER) return occurrence.ownerUnitId === undefined;
  return occurrence.ownerUnitId === filter.owner;
}

export function toggleRing(rings: readonly WheelRing[], ring: WheelRing): WheelRing[] {
  return rings.includes(ring)
    ? rings.filter((r) => r !== ring)
    : RING_ORDER.filter((r) => r === ring || rings.includes(r));
}

/** The year to show first: this year inside the plan period, else the nearest end of it. */
export function initialYear(period: { fromYear: number; toYear: number }, today: string): number {
  const year = Number(today.slice(0, 4));
  return Math.min(period.toYear, Math.max(period.fromYear, year));
}
