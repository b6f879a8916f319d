import { periodLabel } from '../labels/domainLabels';
import { message } from '../messages/message';
import { PlanOperationError } from '../plan/errors';
import { measuresInOrder } from '../plan/measures';
import { measureNumbers } from '../plan/numbering';
import { findPeriod } from '../reporting/periods';
import type { Plan } from '../schema/plan';
import { isFinished, latestUpdateBefore } from './previous';
import type { RoundMeasure, RoundOwnerGroup, StatusRound } from './roundSchema';
import { effectiveStatus, updatesInPeriod } from './summary';

export const NO_OWNER_NAME = 'Uten ansvarlig enhet';

/**
 * The status round for one period: per lead owner unit, which measures have a report, which lack one, and
 * which finished earlier and need none.
 */
export function statusRound(plan: Plan, periodId: string): StatusRound {
  const period = findPeriod(plan, periodId);
  if (!period) {
    throw new PlanOperationError(
      message('status.period-missing', {
        period: periodId,
        from: plan.period.fromYear,
        to: plan.period.toYear,
      }),
    );
  }
  const numbers = measureNumbers(plan);
  const thisPeriod = updatesInPeriod(plan, periodId);
  const before = latestUpdateBefore(plan, periodId);
  const groups = new Map<string | null, RoundOwnerGroup>();
  for (const unit of plan.units) {
    groups.set(unit.id, { unitId: unit.id, unitName: unit.name, reported: [], missing: [], closed: [] });
  }
  groups.set(null, { unitId: null, unitName: NO_OWNER_NAME, reported: [], missing: [], closed: [] });

  for (const measure of measuresInOrder(plan)) {
    const report = thisPeriod.get(measure.id);
    const previous = before.get(measure.id);
    const previousStatus = previous ? effectiveStatus(previous, measure) : undefined;
    const entry: RoundMeasure = {
      measureId: measure.id,
      number: numbers.get(measure.id) ?? '',
      title: measure.title,
      ...(measure.deadline ? { deadline: measure.deadline } : {}),
      ...(report ? { reportedStatus: effectiveStatus(report, measure) } : {}),
      ...(previousStatus ? { previousStatus } : {}),
    };
    const group = groups.get(measure.leadOwnerUnitId ?? null) ?? (groups.get(null) as RoundOwnerGroup);
    if (report) group.reported.push(entry);
    else if (isFinished(previousStatus)) group.closed.push(entry);
    else group.missing.push(entry);
  }

  const owners = [...groups.values()].filter(
    (g) => g.reported.length + g.missing.length + g.closed.length > 0,
  );
  const count = (pick: (g: RoundOwnerGroup) => RoundMeasure[]) =>
    owners.reduce((sum, g) => sum + pick(g).length, 0);
  const reported = count((g) => g.reported);
  const missing = count((g) => g.missing);
  const closed = count((g) => g.closed);
  return {
    periodId,
    periodLabel: periodLabel(periodId, plan.language),
    start: period.start,
    end: period.end,
    collectionDeadline: period.collectionDeadline,
    total: reported + missing + closed,
    reported,
    missing,
    closed,
    owners,
  };
}
