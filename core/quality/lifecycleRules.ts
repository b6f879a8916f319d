import { lifecycleStatus } from '../lifecycle/state';
import { longDate } from '../messages/dates';
import type { Plan } from '../schema/plan';
import type { QualityFinding } from './finding';
import { findingOf } from './finding';

/**
 * A plan is put aside when it is never adopted or quietly runs out. Judged on `today`, so the same plan has
 * other findings next year.
 */
export function lifecycleRules(plan: Plan, today: string): QualityFinding[] {
  const status = lifecycleStatus(plan, today);
  const at = { kind: 'plan' as const, field: 'lifecycle' };
  switch (status.state) {
    case 'draft':
    case 'consultation':
      return status.phase === 'before'
        ? []
        : [findingOf('lifecycle.not-adopted', 'warning', at, { start: longDate(status.period.start) })];
    case 'expiring':
      return [findingOf('lifecycle.expiring', 'warning', at, { end: longDate(status.period.end) })];
    case 'expired':
      return [findingOf('lifecycle.expired', 'warning', at, { end: longDate(status.period.end) })];
    default:
      return [];
  }
}
