import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../../../core/wheel/occurrence';
import { ALL_OWNERS, initialYear, matchesFilter, NO_OWNER, SHOW_EVERYTHING, toggleRing } from './wheelFilter';

const occurrence = (ring: Occurrence['ring'], ownerUnitId?: string): Occurrence => ({
  id: 'x@2027-01-01',
  eventId: 'x',
  title: 'X',
  ring,
  start: '2027-01-01',
  end: '2027-01-01',
  kind: 'day',
  source: 'event',
  ruleYear: 2027,
  notes: [],
  ...(ownerUnitId ? { ownerUnitId } : {}),
});

describe('wheel filter', () => {
  it('filters by ring and by owner, with «no owner» as a choice', () => {
    expect(matchesFilter(occurrence('political'), SHOW_EVERYTHING)).toBe(true);
    expect(matchesFilter(occurrence('political'), { rings: ['reporting'], owner: ALL_OWNERS })).toBe(false);
    expect(matchesFilter(occurrence('reporting', 'u1'), { rings: ['reporting'], owner: 'u1' })).toBe(true);
    expect(matchesFilter(occurrence('reporting', 'u2'), { rings: ['reporting'], owner: 'u1' })).toBe(false);
    expect(matchesFilter(occurrence('reporting'), { rings: ['reporting'], owner: NO_OWNER })).toBe(true);
    expect(matchesFilter(occurrence('reporting', 'u1'), { rings: ['reporting'], owner: NO_OWNER })).toBe(
      false,
    );
  });

  it('turns rings on and off and keeps them in wheel order', () => {
    expect(toggleRing(['political', 'planwork'], 'planwork')).toEqual(['political']);
    expect(toggleRing(['planwork'], 'political')).toEqual(['political', 'planwork']);
  });

  it('starts on this year inside the plan period, otherwise the nearest plan year', () => {
    const period = { fromYear: 2026, toYear: 2029 };
    expect(initialYear(period, '2027-05-01')).toBe(2027);
    expect(initialYear(period, '2025-05-01')).toBe(2026);
    expect(initialYear(period, '2031-05-01')).toBe(2029);
  });
});
