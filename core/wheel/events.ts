import { newId } from '../ids';
import { PlanOperationError } from '../plan/errors';
import { replaceItem } from '../plan/list';
import type { Plan } from '../schema/plan';
import {
  type RecurrenceRule,
  type WheelEvent,
  WheelEvent as WheelEventSchema,
  type WheelRing,
} from '../schema/wheel';
import { maxDayOfMonth } from './monthDays';

export interface WheelEventFields {
  title: string;
  ring: WheelRing;
  rule: RecurrenceRule;
  ownerUnitId?: string | undefined;
  measureIds?: string[];
  note?: string;
}

const MONTHS_NB = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

function monthDayProblem(month: number, day: number): string | null {
  const max = maxDayOfMonth(month);
  return day > max ? `${MONTHS_NB[month - 1]} har bare ${max} dager` : null;
}

/** What is wrong with a recurrence rule a user typed, in Norwegian; null when it is fine. */
export function ruleProblem(rule: RecurrenceRule): string | null {
  switch (rule.kind) {
    case 'fixed':
      return monthDayProblem(rule.month, rule.day);
    case 'range':
      if (rule.start.month === rule.end.month && rule.start.day === rule.end.day) {
        return 'En periode må slutte en annen dag enn den begynner. Velg fast dato for én dag.';
      }
      return (
        monthDayProblem(rule.start.month, rule.start.day) ?? monthDayProblem(rule.end.month, rule.end.day)
      );
    case 'once':
      return rule.end !== undefined && rule.end < rule.date ? 'Sluttdatoen er før startdatoen' : null;
    default:
      return null;
  }
}

function checked(plan: Plan, event: WheelEvent): WheelEvent {
  const problem = ruleProblem(event.rule);
  if (problem) throw new PlanOperationError(problem);
  if (event.ownerUnitId !== undefined && !plan.units.some((u) => u.id === event.ownerUnitId)) {
    throw new PlanOperationError('Velg en ansvarlig enhet som finnes i planen');
  }
  const measureIds = new Set(plan.measures.map((m) => m.id));
  if (event.measureIds.some((id) => !measureIds.has(id))) {
    throw new PlanOperationError('Hendelsen peker på et tiltak som ikke finnes');
  }
  return event;
}

export function addWheelEvent(
  plan: Plan,
  fields: WheelEventFields,
  id: string = newId(),
): { plan: Plan; event: WheelEvent } {
  const event = checked(plan, WheelEventSchema.parse({ ...fields, id }));
  return { plan: { ...plan, wheelEvents: [...plan.wheelEvents, event] }, event };
}

/** Replaces the fields of a wheel event; `ownerUnitId: undefined` removes the owner. */
export function updateWheelEvent(plan: Plan, id: string, fields: WheelEventFields): Plan {
  return {
    ...plan,
    wheelEvents: replaceItem(
      plan.wheelEvents,
      id,
      (event) => {
        const { ownerUnitId: _dropped, ...kept } = event;
        return checked(plan, WheelEventSchema.parse({ ...kept, ...fields, id }));
      },
      'hendelsen',
    ),
  };
}

export function removeWheelEvent(plan: Plan, id: string): Plan {
  if (!plan.wheelEvents.some((e) => e.id === id)) throw new PlanOperationError('Fant ikke hendelsen');
  return { ...plan, wheelEvents: plan.wheelEvents.filter((e) => e.id !== id) };
}
