import { describe, expect, it } from 'vitest';
import { samplePlan } from '../plan/testPlan';
import type { Plan } from '../schema/plan';
import { occurrencesInYear } from './agenda';
import { addWheelEvent } from './events';
import { dateAngle, layoutWheel, type PlacedItem, WHEEL_GEOMETRY } from './layout';
import { dotMetrics } from './svg';

function busyPlan(): Plan {
  let plan = samplePlan();
  const add = (
    title: string,
    rule: Parameters<typeof addWheelEvent>[1]['rule'],
    ring: Parameters<typeof addWheelEvent>[1]['ring'] = 'campaign',
  ) => {
    plan = addWheelEvent(plan, { title, ring, rule }).plan;
  };
  // Many things close together in one ring, so they need several lanes.
  for (let day = 1; day <= 9; day += 2) add(`Dag ${day}`, { kind: 'fixed', month: 3, day });
  add('Mars', { kind: 'range', start: { month: 3, day: 1 }, end: { month: 3, day: 31 } });
  add('Vår', { kind: 'range', start: { month: 2, day: 15 }, end: { month: 4, day: 15 } });
  add(
    'Over nyttår',
    { kind: 'range', start: { month: 12, day: 15 }, end: { month: 1, day: 20 } },
    'administrative',
  );
  return plan;
}

/** The angular room an item takes at its own radius. */
function span(item: PlacedItem): [number, number] {
  if (item.shape === 'arc') return [item.startAngle, item.endAngle];
  const half = dotMetrics(item.thickness).radius / item.radius;
  return [item.startAngle - half, item.startAngle + half];
}

describe('wheel layout', () => {
  const plan = busyPlan();
  const layout = layoutWheel({ year: 2027, occurrences: occurrencesInYear(plan, 2027), today: '2027-03-05' });

  it('numbers the items 1 … n in date order', () => {
    expect(layout.items.map((i) => i.number)).toEqual(layout.items.map((_, i) => i + 1));
    const starts = layout.items.map((i) => (i.continuesBefore ? '2027-01-01' : i.occurrence.start));
    expect(starts).toEqual([...starts].sort());
  });

  it('never lets two items in one lane touch', () => {
    const lanes = new Map<string, PlacedItem[]>();
    for (const item of layout.items)
      lanes.set(`${item.ring}/${item.lane}`, [...(lanes.get(`${item.ring}/${item.lane}`) ?? []), item]);
    expect(Math.max(...[...lanes.values()].map((l) => l.length))).toBeGreaterThan(1);
    for (const items of lanes.values()) {
      const spans = items.map(span).sort((a, b) => a[0] - b[0]);
      spans.forEach((s, i) => {
        if (i > 0) expect(s[0]).toBeGreaterThan((spans[i - 1] as [number, number])[1]);
      });
    }
  });

  it('keeps every item inside its ring band, and the bands inside the wheel without overlapping', () => {
    const campaign = layout.bands.find((b) => b.ring === 'campaign');
    expect(campaign?.lanes).toBeGreaterThanOrEqual(3);
    for (const item of layout.items) {
      const band = layout.bands.find((b) => b.ring === item.ring)!;
      expect(item.radius - item.thickness / 2).toBeGreaterThanOrEqual(band.inner - 1e-9);
      expect(item.radius + item.thickness / 2).toBeLessThanOrEqual(band.outer + 1e-9);
      if (item.shape === 'dot')
        expect(dotMetrics(item.thickness).radius).toBeLessThanOrEqual(item.thickness / 2);
    }
    layout.bands.forEach((band, i) => {
      if (i > 0) expect(band.inner).toBeGreaterThan(layout.bands[i - 1]!.outer);
    });
    expect(layout.bands[0]!.inner).toBeGreaterThanOrEqual(WHEEL_GEOMETRY.hubRadius);
    expect(layout.bands.at(-1)!.outer).toBeLessThanOrEqual(WHEEL_GEOMETRY.ringsOuter);
  });

  it('cuts a range at new year and says it goes on', () => {
    const parts = layout.items.filter((i) => i.occurrence.title === 'Over nyttår');
    expect(parts.map((p) => [p.continuesBefore, p.continuesAfter])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(parts[0]!.startAngle).toBe(0);
    expect(parts[1]!.endAngle).toBeCloseTo(Math.PI * 2);
  });

  it('places today and the months at their angles, January at the top', () => {
    expect(layout.todayAngle).toBeCloseTo(dateAngle('2027-03-05'));
    expect(dateAngle('2027-01-01', 0)).toBe(0);
    expect(dateAngle('2027-07-01', 0)).toBeCloseTo(Math.PI);
    expect(dateAngle('2028-02-29', 1)).toBeCloseTo(Math.PI / 3);
    expect(layoutWheel({ year: 2028, occurrences: [], today: '2027-03-05' }).todayAngle).toBeNull();
  });

  it('shows only the rings asked for', () => {
    const two = layoutWheel({
      year: 2027,
      occurrences: occurrencesInYear(plan, 2027),
      rings: ['reporting', 'political'],
    });
    expect(two.bands.map((b) => b.ring)).toEqual(['political', 'reporting']);
    expect(new Set(two.items.map((i) => i.ring))).toEqual(new Set(['political', 'reporting']));
  });
});
