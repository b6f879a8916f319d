import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import type { Plan } from '../schema/plan';
import { type PeriodDays, periodDays } from './period';

/**
 * Where a plan stands in its life on a given day. «in-force», «expiring» (its last 12 months) and «expired»
 * are derived from the dates and never stored; «adopted» is an adopted plan whose period has not begun;
 * «replaced» is a plan that has been revised into a new one.
 */
export const LIFECYCLE_STATES = [
  'draft',
  'consultation',
  'adopted',
  'in-force',
  'expiring',
  'expired',
  'under-revision',
  'replaced',
] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

/** Where `today` falls against the plan period. */
export type PeriodPhase = 'before' | 'running' | 'last-year' | 'after';

export interface LifecycleStatus {
  state: LifecycleState;
  phase: PeriodPhase;
  period: PeriodDays;
  /** Days from `today` to the period's last day (0 on the last day, negative after it). */
  daysLeft: number;
  /** The council decided to keep the plan in force past its first period without revising it. */
  rolledOver: boolean;
  revisionStarted: boolean;
}

type LifecyclePlan = Pick<Plan, 'period' | 'lifecycle'> & Partial<Pick<Plan, 'lifecycleRecord'>>;

export function periodPhase(period: PeriodDays, today: string): PeriodPhase {
  if (today < period.start) return 'before';
  if (today > period.end) return 'after';
  return today >= period.expiringFrom ? 'last-year' : 'running';
}

function adoptedState(phase: PeriodPhase): LifecycleState {
  switch (phase) {
    case 'before':
      return 'adopted';
    case 'running':
      return 'in-force';
    case 'last-year':
      return 'expiring';
    case 'after':
      return 'expired';
  }
}

function stateOf(plan: LifecyclePlan, phase: PeriodPhase): LifecycleState {
  switch (plan.lifecycle) {
    case 'draft':
      return 'draft';
    case 'consultation':
      return 'consultation';
    case 'adopted':
      return adoptedState(phase);
    case 'revision':
      return 'under-revision';
    case 'expired':
      return 'replaced';
  }
}

/** The plan's lifecycle on `today` (`YYYY-MM-DD`). */
export function lifecycleStatus(plan: LifecyclePlan, today: string): LifecycleStatus {
  const period = periodDays(plan.period);
  const phase = periodPhase(period, today);
  return {
    state: stateOf(plan, phase),
    phase,
    period,
    daysLeft: differenceInCalendarDays(parseISO(period.end), parseISO(today)),
    rolledOver: (plan.lifecycleRecord?.rollovers?.length ?? 0) > 0,
    revisionStarted: plan.lifecycle === 'revision' || plan.lifecycle === 'expired',
  };
}

/** A plan that was never adopted or has run out: what the library's first filter shows. */
export function expiredOrNotAdopted(status: LifecycleStatus): boolean {
  if (status.state === 'expired') return true;
  return (status.state === 'draft' || status.state === 'consultation') && status.phase !== 'before';
}

/** A plan in force whose period ends within a year: what the library's second filter shows. */
export function expiresWithinYear(status: LifecycleStatus): boolean {
  return status.state === 'expiring' || (status.state === 'under-revision' && status.phase === 'last-year');
}
