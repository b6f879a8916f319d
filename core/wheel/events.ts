import { newId } from '../ids';
import { monthName } from '../messages/dates';
import { type Message, message } from '../messages/message';
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

function monthDayProblem(month: number, day: number): Message | null {
  const max = maxDayOfMonth(month);
  return day > max ? message('wheel.month-too-short', { month: monthName(month), days: max }) : null;
}

/** What is wrong with a recurrence rule a user typed; null when it is fine. */
export function ruleProblem(rule: RecurrenceRule): Message | null {
  switch (rule.kind) {
    case 'fixed':
      return monthDayProblem(rule.month, rule.day);
    case 'range':
      if (rule.start.month === rule.end.month && rule.start.day === rule.end.day) {
        return message('wheel.range-single-day');
      }
      return (
        monthDayProblem(rule.start.month, rule.start.day) ?? monthDayProblem(rule.end.month, rule.end.day)
      );
    case 'once':
      return rule.end !== undefined && rule.end < rule.date ? message('wheel.end-before-start') : null;
    default:
      return null;
  }
}

function checked(plan: Plan, event: WheelEvent): WheelEvent {
  const problem = ruleProblem(event.rule);
  if (problem) throw new PlanOperationError(problem);
  if (event.ownerUnitId !== undefined && !plan.units.some((u) => u.id === event.ownerUnitId)) {
    throw new PlanOperationError(message('plan.owner-unit-required'));
  }
  const measureIds = new Set(plan.measures.map((m) => m.id));
  if (event.measureIds.some((id) => !measureIds.has(id))) {
    throw new PlanOperationError(message('wheel.measure-missing'));
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
      'wheel-event',
    ),
  };
}

export function removeWheelEvent(plan: Plan, id: string): Plan {
  if (!plan.wheelEvents.some((e) => e.id === id))
    throw new PlanOperationError(message('plan.not-found.wheel-event'));
  return { ...plan, wheelEvents: plan.wheelEvents.filter((e) => e.id !== id) };
}
