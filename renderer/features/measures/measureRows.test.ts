import { describe, expect, it } from 'vitest';
import { addMeasure } from '../../../core/plan/measures';
import { samplePlan } from '../../../core/plan/testPlan';
import type { Plan } from '../../../core/schema/plan';
import { buildRows, filterRows, NO_FILTERS, sortRows } from './measureRows';

function planWithStatuses(): Plan {
  let plan = samplePlan();
  const area = plan.focusAreas[1]!;
  plan = addMeasure(plan, {
    focusAreaId: area.id,
    title: 'Arrangere temadag om eldre',
    deadline: '2026-11-30',
    leadOwnerUnitId: plan.units[0]!.id,
  }).plan;
  const [first, second] = plan.measures;
  const stamp = '2026-05-02T08:00:00.000Z';
  const update = (measureId: string, status: 'done' | 'delayed', asOf: string) => ({
    id: `u-${measureId}`,
    measureId,
    periodId: '2026-T1',
    status,
    asOf,
    narrative: '',
    nextStep: '',
    reason: '',
    decisionNeeded: { needed: false, text: '' },
    indicatorValues: [],
    reportedBy: '',
    reportedAt: stamp,
  });
  return {
    ...plan,
    statusUpdates: [update(first!.id, 'delayed', '2026-04-30'), update(second!.id, 'done', '2026-04-30')],
  };
}

describe('measure table rows', () => {
  it('gives every measure its number, area, owner, latest status and place in its area', () => {
    const rows = buildRows(planWithStatuses());
    expect(rows.map((r) => [r.number, r.ownerName, r.status, r.position, r.areaSize])).toEqual([
      ['1.1', 'Barneverntjenesten', 'delayed', 0, 2],
      ['1.2', '', 'done', 1, 2],
      ['2.1', 'NAV Bodø', 'no-report', 0, 2],
      ['2.2', 'Barneverntjenesten', 'no-report', 1, 2],
    ]);
  });

  it('filters by focus area, owner, status and deadline', () => {
    const plan = planWithStatuses();
    const rows = buildRows(plan);
    const numbers = (filtered: typeof rows) => filtered.map((r) => r.number);
    const today = '2026-12-15';
    expect(numbers(filterRows(rows, { ...NO_FILTERS, focusAreaId: plan.focusAreas[1]!.id }, today))).toEqual([
      '2.1',
      '2.2',
    ]);
    expect(numbers(filterRows(rows, { ...NO_FILTERS, ownerId: plan.units[0]!.id }, today))).toEqual([
      '1.1',
      '2.2',
    ]);
    expect(numbers(filterRows(rows, { ...NO_FILTERS, status: 'no-report' }, today))).toEqual(['2.1', '2.2']);
    expect(numbers(filterRows(rows, { ...NO_FILTERS, deadline: 'overdue' }, today))).toEqual(['2.2']);
    expect(numbers(filterRows(rows, { ...NO_FILTERS, deadline: 'this-year' }, today))).toEqual(['2.2']);
    expect(numbers(filterRows(rows, { ...NO_FILTERS, deadline: 'none' }, today))).toEqual(['1.2', '2.1']);
    // 1.1 is past its deadline in 2028 but only counts as overdue while not finished.
    expect(numbers(filterRows(rows, { ...NO_FILTERS, deadline: 'overdue' }, '2028-01-01'))).toEqual([
      '1.1',
      '2.2',
    ]);
  });

  it('sorts by every column both ways, ties in plan order', () => {
    const rows = buildRows(planWithStatuses());
    const by = (key: Parameters<typeof sortRows>[1], dir: 'ascending' | 'descending' = 'ascending') =>
      sortRows(rows, key, dir).map((r) => r.number);
    expect(by('number', 'descending')).toEqual(['2.2', '2.1', '1.2', '1.1']);
    expect(by('title')).toEqual(['2.2', '1.1', '2.1', '1.2']);
    expect(by('owner')).toEqual(['1.2', '1.1', '2.2', '2.1']);
    expect(by('deadline')).toEqual(['2.2', '1.1', '1.2', '2.1']);
    expect(by('status')).toEqual(['1.1', '1.2', '2.1', '2.2']);
    expect(by('focusArea', 'descending')).toEqual(['2.1', '2.2', '1.1', '1.2']);
  });
});
